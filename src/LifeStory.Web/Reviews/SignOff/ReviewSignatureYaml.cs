using System.Globalization;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Reviews.SignOff;

/// <summary>
/// Writes the IRO's first signature into one review of case.yaml, as an IRO would by hand:
/// "signed: - { by: mark, date: 2026-09-18 }" at the end of that review. The rest of the file is left byte for byte,
/// so the revision's change is exactly the signature and the exported case folder makes the same signed letters.
/// </summary>
public static partial class ReviewSignatureYaml
{
    /// <summary>The new case.yaml, or null when there is no such review in block style, or it is already signed.</summary>
    /// <param name="list">The list the meeting is in: reviews, or conferences for a conference's chair.</param>
    public static string? Add(string caseYaml, DateOnly review, string by, DateOnly date, string list = "reviews")
    {
        var lines = caseYaml.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(list + ":", StringComparison.Ordinal) && ListKey().IsMatch(l[(list.Length + 1)..]));
        if (start < 0) return null;
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end][0] is ' ' or '#' or '-')) end++;

        var items = Enumerable.Range(start + 1, end - start - 1).Where(i => Item().IsMatch(lines[i])).ToList();
        if (items.Count == 0) return null;
        var dash = Indent(lines[items[0]]);
        items = items.Where(i => Indent(lines[i]) == dash).ToList();
        var day = review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var n = 0; n < items.Count; n++)
        {
            var first = items[n];
            var last = n + 1 < items.Count ? items[n + 1] : end;
            var item = lines[first];
            // The keys of this review line up with the first one, written after "- ".
            var keys = new string(' ', dash + 1 + item[(dash + 1)..].TakeWhile(c => c == ' ').Count());
            var body = lines.Skip(first + 1).Take(last - first - 1).ToList();
            var itemKey = keys + item[keys.Length..];
            if (!IsDate(itemKey, keys, day) && !body.Any(l => IsDate(l, keys, day))) continue;
            if (body.Append(itemKey).Any(l => l.StartsWith(keys + "signed:", StringComparison.Ordinal))) return null;
            // After the review's last line of content: blank lines and comments that lead into the next review stay below.
            var after = Enumerable.Range(first, last - first).Last(i => i == first || (lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#')));
            // Lines end as the file's do; a file without a last line break still has none.
            var ending = caseYaml.Contains("\r\n", StringComparison.Ordinal) ? "\r" : "";
            var atEnd = after == lines.Count - 1;
            if (atEnd) lines[after] += ending;
            var signature = $"{keys}signed:{ending}\n{keys}  - {{ by: {Scalar(by)}, date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} }}{(atEnd ? "" : ending)}";
            lines.Insert(after + 1, signature);
            return string.Join('\n', lines);
        }
        return null;
    }

    private static bool IsDate(string line, string keys, string day) =>
        line.StartsWith(keys + "date:", StringComparison.Ordinal) && DateValue().Match(line[(keys.Length + 5)..]) is { Success: true } m && m.Groups[1].Value == day;

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>An id as a YAML scalar: ids are plain words, but a quoted one is still read back the same.</summary>
    private static string Scalar(string id) => PlainId().IsMatch(id) ? id : "\"" + id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>What may follow "reviews:" on the list's own line: nothing but a comment.</summary>
    [GeneratedRegex(@"^\s*(#.*)?\r?$")]
    private static partial Regex ListKey();

    [GeneratedRegex(@"^ *- +\S")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s*[""']?(\d{4}-\d{2}-\d{2})[""']?\s*(#.*)?\r?$")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PlainId();
}
