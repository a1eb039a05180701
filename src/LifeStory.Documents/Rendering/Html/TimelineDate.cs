using System.Globalization;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// A timeline label as a machine-readable date for <c>time datetime</c> ("March 2019" → <c>2019-03</c>), when it
/// is one. Leading words are skipped, so "around May 2020" still gives <c>2020-05</c>.
/// </summary>
internal static class TimelineDate
{
    private static readonly (string Format, string Output)[] Formats =
    [
        ("yyyy-MM-dd", "yyyy-MM-dd"), ("d MMMM yyyy", "yyyy-MM-dd"), ("d MMM yyyy", "yyyy-MM-dd"), ("MMMM d, yyyy", "yyyy-MM-dd"),
        ("dd/MM/yyyy", "yyyy-MM-dd"), ("yyyy-MM", "yyyy-MM"), ("MMMM yyyy", "yyyy-MM"), ("MMM yyyy", "yyyy-MM"), ("yyyy", "yyyy"),
    ];

    public static string? MachineReadable(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var text = string.Join(' ', words[skip..]);
            foreach (var (format, output) in Formats)
                if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return date.ToString(output, CultureInfo.InvariantCulture);
        }
        return null;
    }
}
