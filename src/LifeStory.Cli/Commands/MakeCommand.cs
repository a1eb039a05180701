using System.CommandLine;
using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Cli.Reporting;
using LifeStory.Pipeline;

namespace LifeStory.Cli.Commands;

/// <summary>The `book`, `minutes`, `letter`, `conference` and `pathway` commands: run the pipeline for one product and report what happened.</summary>
internal static class MakeCommand
{
    public static Command Book()
    {
        var command = new Command("book", "Write the child's life-story book as a PDF.");
        return Build(command, Product.Book, review: null, ReaderOption(), booklet: CommonOptions.Booklet());
    }

    public static Command LaterLifeLetter()
    {
        var command = new Command("letter", "Write the later-life letter: the fuller story, for the child to read when they are older.");
        return Build(command, Product.LaterLifeLetter, review: null, ReaderOption());
    }

    public static Command Minutes()
    {
        var review = new Option<string?>("--review")
        {
            Description = "The date of the review meeting (YYYY-MM-DD). Default: the latest one.",
        };
        var reader = ReaderOption();
        var all = new Option<bool>("--all") { Description = "Write every reader's version and a manifest of what was made for whom." };
        var batch = new Option<DirectoryInfo?>("--batch")
        {
            Description = "A folder of case folders: write every due letter (each case's latest review), report each bad case and carry on.",
        };
        var easyRead = new Option<bool>("--easy-read")
        {
            Description = "With --for parents: the easy-read version (one idea a line, a picture beside each point, large print), for a parent who needs it.",
        };
        var command = new Command("minutes", "Write the review minutes as a letter to the child, as a PDF.") { review, reader, all, batch, easyRead };
        return Build(command, Product.Minutes, review, reader, all, batch, easyRead: easyRead);
    }

    public static Command Conference()
    {
        var date = new Option<string?>("--date")
        {
            Description = "The date of the child protection conference (YYYY-MM-DD). Default: the latest one.",
        };
        var reader = new Option<string>("--for")
        {
            Description = "Whose version: child (a letter, the default), parents or carers (a short summary) or record (the full minutes).",
            DefaultValueFactory = _ => "child",
        };
        reader.AcceptOnlyFromAmong("child", "parents", "carers", "record");
        var all = new Option<bool>("--all") { Description = "Write every reader's version and a manifest of what was made for whom." };
        var easyRead = new Option<bool>("--easy-read")
        {
            Description = "With --for parents: the summary in easy read (one idea a line, a picture beside each point, large print), for a parent who needs it.",
        };
        var command = new Command("conference", "Write a child protection conference's outcome: a letter to the child, a summary for parents, or the full minutes.")
            { date, reader, all, easyRead };
        return Build(command, Product.Conference, date, reader, all, easyRead: easyRead);
    }

    public static Command PathwayPlan()
    {
        var reader = new Option<string>("--for")
        {
            Description = "Whose version: young-person (the default) or record (the personal adviser's record copy).",
            DefaultValueFactory = _ => "young-person",
        };
        reader.AcceptOnlyFromAmong("young-person", "child", "record");
        var command = new Command("pathway", "Write the young person's pathway plan, in their own words first, as a PDF.") { reader };
        return Build(command, Product.PathwayPlan, review: null, reader);
    }

    private static Option<string> ReaderOption()
    {
        var reader = new Option<string>("--for")
        {
            Description = "Whose version: child (the default), parents, carers or record (the full professional record).",
            DefaultValueFactory = _ => "child",
        };
        reader.AcceptOnlyFromAmong("child", "parents", "carers", "record");
        return reader;
    }

    private static Command Build(Command command, Product product, Option<string?>? review,
        Option<string>? reader = null, Option<bool>? all = null, Option<DirectoryInfo?>? batch = null, Option<bool>? booklet = null,
        Option<bool>? easyRead = null)
    {
        var caseFolder = CommonOptions.CaseFolder();
        // With --batch the cases come from the folder, so the case argument becomes optional; the action
        // checks that exactly one of the two was given.
        if (batch is not null) caseFolder.Arity = ArgumentArity.ZeroOrOne;
        var output = CommonOptions.Output();
        var templates = CommonOptions.Templates();
        var today = CommonOptions.Today();
        var format = CommonOptions.Format();
        var paper = CommonOptions.Paper();
        var duplex = CommonOptions.Duplex();
        var skipBadPictures = CommonOptions.SkipBadPictures();
        var language = CommonOptions.Language();
        var bilingual = CommonOptions.Bilingual();
        command.Options.Add(format);
        command.Options.Add(paper);
        command.Options.Add(duplex);
        if (booklet is not null) command.Options.Add(booklet);
        if (reader is not null && !command.Options.Contains(reader)) command.Options.Add(reader);
        command.Arguments.Add(caseFolder);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(today);
        command.Options.Add(skipBadPictures);
        command.Options.Add(language);
        command.Options.Add(bilingual);
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var batchFolder = batch is null ? null : parse.GetValue(batch);
                var single = parse.GetValue(caseFolder);
                if ((batchFolder is null) == (single is null))
                    throw new UsageException(batchFolder is null ? "Name the case folder, or a folder of cases with --batch." : "Give either a case folder or --batch, not both.");
                // --review picks a review meeting for minutes, --date a conference: both are the meeting's date.
                var meeting = review is null ? null : ParseDate(review.Name, parse.GetValue(review));
                var request = new RunRequest(product, (single ?? batchFolder)!.FullName,
                    CommonOptions.ParseToday(parse.GetValue(today)), parse.GetValue(output)?.FullName,
                    parse.GetValue(templates)?.FullName, product == Product.Minutes ? meeting : null,
                    CommonOptions.ParseFormat(parse.GetValue(format)),
                    CommonOptions.ParseLayout(parse, paper, duplex, format, booklet), parse.GetValue(skipBadPictures),
                    reader is null ? Audience.Child : ReaderNames.Parse(parse.GetValue(reader)) ?? Audience.Child)
                {
                    Booklet = booklet is not null && parse.GetValue(booklet),
                    EasyRead = easyRead is not null && parse.GetValue(easyRead),
                    Language = parse.GetValue(language),
                    Bilingual = parse.GetValue(bilingual),
                    ConferenceDate = product == Product.Conference ? meeting : null,
                };
                if (request.Bilingual is not null && (request.Language is not null || request.EasyRead))
                    throw new UsageException("--bilingual writes English and one other language; it cannot be used with --language or --easy-read.");
                if (request.EasyRead && (request.Reader != Audience.Parents || batch is not null && parse.GetValue(batch) is not null
                    || all is not null && parse.GetValue(all)))
                    throw new UsageException(EasyReadRequest.ParentsOnly);
                var allReaders = all is not null && parse.GetValue(all);
                if (batchFolder is not null) return BatchMinutes.Run(batchFolder.FullName, request, allReaders, reporter);
                if (allReaders) return WriteAll(request, reporter);
                var result = CasePipeline.Run(request, reporter.Progress);
                reporter.Findings(result.Findings);
                if (!result.Succeeded) return ExitCodes.InvalidInput;
                if (result.SkippedPictures.Count > 0) reporter.Warning(Skipped(result.SkippedPictures));
                var written = Path.GetRelativePath(Environment.CurrentDirectory, result.OutputPath!);
                if (request.Booklet)
                {
                    reporter.Result(BookletWritten(written, result.PageCount, result.Sheets));
                    reporter.Advice(CommonOptions.BookletAdvice);
                }
                else reporter.Result(Wrote(written, request.Format, result.PageCount));
                Summary(reporter, request.Reader, result, request.Product);
                if (result.Draft && request.Product == Product.Conference)
                    reporter.Warning($"This outcome says \"{CasePipeline.UnsignedWords}\" on every page. When the chair has signed the record, " +
                        "add signed: [{ by: <the chair's id>, date: <YYYY-MM-DD> }] to that conference in case.yaml.");
                else if (result.Draft && request.Product == Product.PathwayPlan)
                    reporter.Warning($"This plan says \"{CasePipeline.UnsignedWords}\" on every page. When the young person and their adviser have signed it, " +
                        "add signed: [{ by: child, date: <YYYY-MM-DD> }, { by: <the adviser's id>, date: <YYYY-MM-DD> }] under pathway_plan: in case.yaml.");
                else if (result.Draft && request.Product == Product.Minutes)
                    reporter.Warning($"This letter says \"{CasePipeline.UnsignedWords}\" on every page. When the IRO has signed the record, " +
                        "add signed: [{ by: <the IRO's id>, date: <YYYY-MM-DD> }] to that review in case.yaml.");
                else if (result.Draft)
                    reporter.Warning($"This book says \"{CasePipeline.DraftWords}\" on every page. When a second person has read it, " +
                        "add sign_off: { checked_by: <name and role>, date: <YYYY-MM-DD> } under book: in case.yaml.");
                if (result.TranslationNotChecked)
                    reporter.Warning($"This translation says \"{CasePipeline.NotCheckedWords}\" on every page. When a qualified translator has checked it, " +
                        $"add checked_by: <name> and checked_on: <YYYY-MM-DD> to languages/{request.Language ?? request.Bilingual}.yaml in your templates folder.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>"Wrote book-booklet.pdf (a booklet of 18 pages on 5 sheets of A4)".</summary>
    internal static string BookletWritten(string file, int pages, int sheets) => string.Create(CultureInfo.InvariantCulture,
        $"Wrote {file} (a booklet of {pages} pages on {sheets} sheet{(sheets == 1 ? "" : "s")} of A4)");

    /// <summary>"Skipped 2 pictures: photos/a.jpg, photos/b.heic", so what is missing from the book is said once, plainly.</summary>
    private static string Skipped(IReadOnlyList<string> files) => string.Create(CultureInfo.InvariantCulture,
        $"Skipped {files.Count} picture{(files.Count == 1 ? "" : "s")}: {string.Join(", ", files)}");

    private static int WriteAll(RunRequest request, Reporter reporter)
    {
        var (results, manifest) = AllReaders.Run(request, reporter.Progress);
        foreach (var result in results) reporter.Findings(result.Findings);
        if (manifest is null) return ExitCodes.InvalidInput;
        foreach (var (result, (reader, easyRead)) in results.Zip(AllReaders.VersionsFor(request)))
        {
            if (!result.Succeeded)
            {
                reporter.Failure($"The {ReaderNames.For(reader)}{(easyRead ? " easy-read" : "")} version was not written: see the errors above. The other versions were.");
                continue;
            }
            reporter.Result(Wrote(Path.GetRelativePath(Environment.CurrentDirectory, result.OutputPath!), request.Format, result.PageCount));
            Summary(reporter, reader, result, request.Product);
        }
        reporter.Result($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, manifest)}");
        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>"Wrote letter.pdf (1 page)"; a web page or Markdown has no pages to count.</summary>
    internal static string Wrote(string file, OutputFormat format, int pages) => format is OutputFormat.Html or OutputFormat.Markdown
        ? $"Wrote {file}"
        : $"Wrote {file} ({(pages == 1 ? "1 page" : $"{pages.ToString(CultureInfo.InvariantCulture)} pages")})";

    /// <summary>"Parents' version: 1 worry and 1 person (the name of Helen Carter) left out": for the sender to check before it goes.</summary>
    private static void Summary(Reporter reporter, Audience reader, RunResult result, Product product)
    {
        if (reader == Audience.Record) return;
        // A pathway plan's reader is a young person, and the note says so.
        var who = product == Product.PathwayPlan && reader == Audience.Child ? "young person's" : ReaderNames.For(reader);
        reporter.Note($"{char.ToUpperInvariant(who[0])}{who[1..]} version: {result.Redaction.Describe(withNames: true)}");
    }

    private static DateOnly? ParseDate(string option, string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option} '{value}' is not a date. Write it as 2026-03-10.");
}
