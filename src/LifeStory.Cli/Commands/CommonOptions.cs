using System.CommandLine;
using System.Globalization;
using LifeStory.Pipeline;

namespace LifeStory.Cli.Commands;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<DirectoryInfo> CaseFolder() => new("case")
    {
        Description = "The child's case folder: the folder that holds case.yaml, photos/ and drawings/.",
    };

    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Where to write the PDF. Default: output/ inside the case folder.",
    };

    public static Option<DirectoryInfo?> Templates() => new("--templates")
    {
        Description = "A folder of your own templates, used before the case's and the built-in ones.",
    };

    public static Option<string?> Today() => new("--today")
    {
        Description = "Write as if today were this date (YYYY-MM-DD): ages and \"when you were 3\" are worked out from it.",
    };

    public static Option<string?> Language() => new("--language")
    {
        Description = "Write the fixed words (headings, \"Dear\", dates) in this language, by its tag: ar, pl, ti, ps, prs, ckb, vi, sq, ro. Default: en. The case's own text prints in that language where translations/<tag>.yaml has it (lifestory translations), else as written.",
    };

    public static Option<string?> Bilingual() => new("--bilingual")
    {
        Description = "Write the document in English and this language (ar, pl, …), part by part: each part in English, then the same part in the other language. Written beside the English one as …-en-ar.pdf.",
    };

    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and the names of files written.",
        Recursive = true,
    };

    public static Option<string> Format()
    {
        var format = new Option<string>("--format")
        {
            Description = "pdf (the default), png (one picture per page), html (the accessible web page) or md (the Markdown the templates made).",
            DefaultValueFactory = _ => "pdf",
        };
        format.AcceptOnlyFromAmong("pdf", "png", "html", "md");
        return format;
    }

    public static Option<string> Paper()
    {
        var paper = new Option<string>("--paper") { Description = "a4 (the default), a5 or letter.", DefaultValueFactory = _ => "a4" };
        paper.AcceptOnlyFromAmong("a4", "a5", "letter");
        return paper;
    }

    public static Option<bool> Duplex() => new("--duplex")
    {
        Description = "For printing on both sides: every chapter starts on a right-hand page.",
    };

    public static Option<bool> Booklet() => new("--booklet")
    {
        Description = "A booklet to print at home: A5 pages, two to each side of an A4 sheet, in the order to fold and staple. PDF only.",
    };

    /// <summary>The sentence that tells a carer how to print a booklet, said whenever one is written.</summary>
    public const string BookletAdvice = "Print double-sided, flip on the short edge, fold in half and staple in the middle.";

    /// <summary>
    /// The page layout from --paper and --duplex, checking --booklet against them: a booklet is always an A5 PDF,
    /// so another format or another paper given on the command line is a mistake to say, not to ignore.
    /// </summary>
    public static PageLayout ParseLayout(ParseResult parse, Option<string> paper, Option<bool> duplex, Option<string> format, Option<bool>? booklet)
    {
        var layout = ParseLayout(parse.GetValue(paper), parse.GetValue(duplex));
        if (booklet is null || !parse.GetValue(booklet)) return layout;
        var chosenFormat = parse.GetValue(format);
        if (chosenFormat != "pdf")
            throw new UsageException($"--booklet makes a PDF to print, so it cannot be used with --format {chosenFormat}. Leave out one or the other.");
        if (parse.GetResult(paper) is { Implicit: false } && layout.Paper != LifeStory.Documents.Themes.PageSize.A5)
            throw new UsageException($"--booklet always makes A5 pages, printed two to a side on A4 paper, so it cannot be used with --paper {parse.GetValue(paper)}. Leave out --paper.");
        return layout with { Paper = LifeStory.Documents.Themes.PageSize.A5 };
    }

    public static Option<bool> SkipBadPictures() => new("--skip-bad-pictures")
    {
        Description = "Make the output even when a photo or drawing cannot be read: it is left out, with a placeholder in its place.",
    };

    public static OutputFormat ParseFormat(string? value) => value switch
    {
        "png" => OutputFormat.Png,
        "html" => OutputFormat.Html,
        "md" => OutputFormat.Markdown,
        _ => OutputFormat.Pdf,
    };

    public static PageLayout ParseLayout(string? paper, bool duplex) =>
        new(PageLayout.PaperNamed(paper ?? "a4") ?? LifeStory.Documents.Themes.PageSize.A4, duplex);

    public static DateOnly ParseToday(string? value) =>
        value is null ? DateOnly.FromDateTime(DateTime.Now)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--today '{value}' is not a date. Write it as 2026-11-23.");
}
