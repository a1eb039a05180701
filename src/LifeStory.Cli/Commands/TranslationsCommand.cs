using System.CommandLine;
using System.Globalization;
using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Cli.Reporting;
using LifeStory.Output;
using LifeStory.Pipeline;
using LifeStory.Templating;
using LifeStory.Translations;

namespace LifeStory.Cli.Commands;

/// <summary>
/// `translations export` writes what one document prints as a file for a translator (XLIFF 2.0 or CSV);
/// `translations import` takes the translated file back into translations/&lt;language&gt;.yaml.
/// </summary>
internal static class TranslationsCommand
{
    public static Command Create() => new("translations", "Send a case's text to a translator and take the translations back.")
    {
        Export(),
        Import(),
    };

    private static Command Export()
    {
        var caseFolder = CommonOptions.CaseFolder();
        var language = LanguageOption(required: true);
        var product = new Option<string>("--product")
        {
            Description = "Which document's text: book (the default), minutes or letter (the later-life letter).",
            DefaultValueFactory = _ => "book",
        };
        product.AcceptOnlyFromAmong("book", "minutes", "letter");
        var review = new Option<string?>("--review", "--review-date") { Description = "For minutes: the date of the review meeting (YYYY-MM-DD). Default: the latest one." };
        var reader = new Option<string>("--for")
        {
            Description = "Whose version: child (the default), parents, carers or record. Only what that version prints is sent.",
            DefaultValueFactory = _ => "child",
        };
        reader.AcceptOnlyFromAmong("child", "parents", "carers", "record");
        var format = new Option<string>("--format") { Description = "xliff (the default: XLIFF 2.0, which translation tools read) or csv (for a spreadsheet).", DefaultValueFactory = _ => "xliff" };
        format.AcceptOnlyFromAmong("xliff", "csv");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the file. Default: output/ inside the case folder." };
        var templates = CommonOptions.Templates();
        var command = new Command("export", "Write the text one document prints as a file to translate (XLIFF 2.0 or CSV).")
        {
            caseFolder, language, product, review, reader, format, output, templates,
        };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var tag = ParseLanguage(parse.GetValue(language));
                var folder = parse.GetValue(caseFolder)!.FullName;
                var loaded = CaseLoader.Load(folder);
                if (loaded.Case is null || loaded.Findings.Any(f => f.IsError))
                {
                    reporter.Findings(loaded.Findings);
                    return ExitCodes.InvalidInput;
                }
                var model = loaded.Case.Model;
                var made = parse.GetValue(product) switch { "minutes" => Product.Minutes, "letter" => Product.LaterLifeLetter, _ => Product.Book };
                var reviewDate = ParseDate(parse.GetValue(review));
                if (made == Product.Minutes && (reviewDate is { } day ? model.Reviews.All(r => r.Date != day) : model.Reviews.Count == 0))
                {
                    reporter.Failure(reviewDate is null
                        ? "The case has no review meetings, so minutes print nothing to translate. Add one under reviews: in case.yaml."
                        : $"The case has no review on {reviewDate:yyyy-MM-dd}. Give one of: {string.Join(", ", model.Reviews.Select(r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.");
                    return ExitCodes.InvalidInput;
                }
                var (existing, problems) = TranslationFile.Load(folder, tag);
                if (existing is null)
                {
                    reporter.Findings(problems);
                    return ExitCodes.InvalidInput;
                }
                var templatesFolder = parse.GetValue(templates)?.FullName;
                var who = ReaderNames.Parse(parse.GetValue(reader)) ?? Cases.Model.Audience.Child;
                var texts = TranslatableTexts.For(model, made, who, reviewDate, PrivacyDefaults.From(TemplateFolders.For(folder, templatesFolder)));
                var file = ExchangeFile.For(texts, existing);
                var csv = parse.GetValue(format) == "csv";
                var target = parse.GetValue(output)?.FullName ?? Path.Combine(folder, "output",
                    $"translation-{tag}-{parse.GetValue(product)}{(made == Product.Minutes ? "-" + (reviewDate ?? model.Reviews.Max(r => r.Date)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}" +
                    $"{(who == Cases.Model.Audience.Child ? "" : "-for-" + parse.GetValue(reader))}.{(csv ? "csv" : "xlf")}");
                OutputPlace.Check(target, folder, [], templatesFolder is null ? [] : [templatesFolder]);
                AtomicFile.Write(target, stream =>
                {
                    if (csv) TranslationCsv.Write(file, existing, texts, stream);
                    else Xliff.Write(file, stream);
                });
                var statuses = texts.Select(existing.StatusOf).ToList();
                reporter.Result(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, target)}: {texts.Count} texts, {statuses.Count(s => s == TranslationStatus.Missing)} to translate, {statuses.Count(s => s == TranslationStatus.OutOfDate)} out of date."));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Import()
    {
        var caseFolder = CommonOptions.CaseFolder();
        var input = new Argument<FileInfo>("file") { Description = "The translated file: .xlf or .xliff (XLIFF 2.0), or .csv." };
        var language = LanguageOption(required: false);
        var command = new Command("import", "Take a translated file back into the case's translations/<language>.yaml.") { caseFolder, input, language };
        command.SetAction(parse =>
        {
            var reporter = Reporter.Standard(parse.GetValue(CommonOptions.Quiet));
            return Guard.Run(reporter, () =>
            {
                var folder = parse.GetValue(caseFolder)!.FullName;
                var path = parse.GetValue(input)!.FullName;
                var name = Path.GetFileName(path);
                var asked = parse.GetValue(language) is { } given ? ParseLanguage(given) : null;
                if (!File.Exists(path)) throw new UsageException($"There is no file {path}. Name the translated file to import.");
                if (new FileInfo(path).Length > Xliff.MaxCharacters)
                {
                    reporter.Failure(string.Create(CultureInfo.InvariantCulture, $"{name} is {new FileInfo(path).Length:N0} bytes, far more than any case's translations. Nothing was imported."));
                    return ExitCodes.InvalidInput;
                }
                var loaded = CaseLoader.Load(folder);
                if (loaded.Case is null || loaded.Findings.Any(f => f.IsError))
                {
                    reporter.Findings(loaded.Findings);
                    return ExitCodes.InvalidInput;
                }
                var csv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
                if (csv && asked is null)
                    throw new UsageException($"A CSV file does not say its language. Add --language, such as --language ar.");
                (ExchangeFile? File, IReadOnlyList<Finding> Findings) read;
                if (csv)
                {
                    var bytes = File.ReadAllBytes(path);
                    if (!Utf8Text.TryDecode(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, out var text, out _))
                    {
                        reporter.Failure($"{name} is not UTF-8 text. Save it from your spreadsheet program as \"CSV UTF-8\" and import it again. Nothing was imported.");
                        return ExitCodes.InvalidInput;
                    }
                    read = TranslationCsv.Read(text, asked!, name);
                }
                else
                {
                    using var stream = File.OpenRead(path);
                    read = Xliff.Read(stream, name);
                }
                if (read.File is null)
                {
                    reporter.Findings(read.Findings);
                    reporter.Failure("Nothing was imported.");
                    return ExitCodes.InvalidInput;
                }
                if (asked is not null && !string.Equals(asked, read.File.Language, StringComparison.OrdinalIgnoreCase))
                    throw new UsageException($"{name} is in {read.File.Language}, not {asked}. Leave out --language, or give the file in {asked}.");
                var tag = read.File.Language;
                var (existing, problems) = TranslationFile.Load(folder, tag);
                if (existing is null)
                {
                    reporter.Findings(problems);
                    reporter.Failure($"{TranslationFile.RelativePath(tag)} cannot be read, so it was left as it is and nothing was imported. Correct it, or move it away and import again.");
                    return ExitCodes.InvalidInput;
                }
                var outcome = TranslationImport.Merge(loaded.Case.Model, existing, read.File, name);
                reporter.Findings(outcome.Findings);
                if (!outcome.Succeeded)
                {
                    reporter.Failure("Nothing was imported.");
                    return ExitCodes.InvalidInput;
                }
                TranslationFile.Save(folder, outcome.Set!);
                var older = outcome.FromOlderEnglish > 0 ? $" ({outcome.FromOlderEnglish.ToString(CultureInfo.InvariantCulture)} made from older English, marked out of date)." : ".";
                reporter.Result(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {outcome.Imported} translation{(outcome.Imported == 1 ? "" : "s")} into {TranslationFile.RelativePath(tag)}{older}"));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Option<string?> LanguageOption(bool required) => new Option<string?>("--language", "-l")
    {
        Description = required ? "The language to translate into, as BCP 47 writes it: ar, pl, pt-BR." : "The language of a CSV file (an XLIFF file says its own).",
        Required = required,
    };

    private static string ParseLanguage(string? value) =>
        LanguageTag.Problem(value) is { } problem ? throw new UsageException("--language " + problem) : value!;

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--review '{value}' is not a date. Write it as 2026-03-10.");
}
