using System.CommandLine;
using System.Globalization;

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

    public static DateOnly ParseToday(string? value) =>
        value is null ? DateOnly.FromDateTime(DateTime.Now)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--today '{value}' is not a date. Write it as 2026-11-23.");
}
