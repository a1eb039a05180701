using System.Globalization;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Documents;

/// <summary>
/// Writes a sign-off into case.yaml, as a social worker would by hand: "book: sign_off: checked_by:, date:". The
/// rest of the file is left byte for byte as it was, so the revision's change is exactly the sign-off, and the
/// exported case folder makes the same signed book with the CLI.
/// </summary>
public static partial class BookSignOff
{
    /// <summary>The new case.yaml, or null when the book is already signed off.</summary>
    public static string? Add(string caseYaml, string checkedBy, DateOnly date)
    {
        var lines = caseYaml.Split('\n').ToList();
        var book = lines.FindIndex(l => BookKey().IsMatch(l));
        var name = "\"" + checkedBy.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (book < 0)
        {
            var ending = caseYaml.EndsWith('\n') ? "" : "\n";
            return caseYaml + ending + $"book:\n  sign_off:\n    checked_by: {name}\n    date: {day}\n";
        }
        var end = book + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end].StartsWith(' ') || lines[end].StartsWith('#'))) end++;
        var body = lines.Skip(book + 1).Take(end - book - 1).ToList();
        if (body.Any(l => SignOffKey().IsMatch(l))) return null;
        var indent = body.FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) is { } first
            ? first[..(first.Length - first.TrimStart().Length)]
            : "  ";
        lines.Insert(book + 1, $"{indent}sign_off:\n{indent}{indent}checked_by: {name}\n{indent}{indent}date: {day}");
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^book:\s*(#.*)?\r?$")]
    private static partial Regex BookKey();

    [GeneratedRegex(@"^\s+sign_off:")]
    private static partial Regex SignOffKey();
}
