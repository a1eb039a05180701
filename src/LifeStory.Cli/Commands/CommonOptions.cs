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
