using System.Globalization;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Pathway;

/// <summary>
/// Writes one signature into the pathway plan of case.yaml, as a social worker would by hand: "signed:" with
/// "- { by: child, date: 2026-11-20 }" at the end of pathway_plan:, or one more line under a "signed:" already there.
/// Every other byte of the file stays as it was, so the revision's change is exactly the signature.
/// </summary>
public static partial class PathwaySignatureYaml
{
    /// <returns>The new case.yaml; null when there is no pathway_plan: written one key per line (or its signed: is not a block list).</returns>
    public static string? Add(string caseYaml, string by, DateOnly date)
    {
        var lines = caseYaml.Split('\n').ToList();
        var start = lines.FindIndex(l => PlanKey().IsMatch(l));
        if (start < 0) return null;
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end][0] is ' ' or '#')) end++;
        // After the plan's last line of content: blank lines and comments that lead into the next part stay below it.
        var last = Enumerable.Range(start, end - start).Last(i => i == start || (lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#')));
        if (last == start) return null;
        var first = Enumerable.Range(start + 1, last - start).First(i => lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#'));
        var key = new string(' ', Indent(lines[first]));
        var entry = $"{{ by: {by}, date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} }}";
        var signedAt = Enumerable.Range(first, last - first + 1).Where(i => lines[i].StartsWith(key + "signed:", StringComparison.Ordinal)).DefaultIfEmpty(-1).First();
        if (signedAt < 0)
        {
            lines.Insert(last + 1, $"{key}signed:\n{key}  - {entry}");
            return string.Join('\n', lines);
        }
        if (lines[signedAt][(key.Length + 7)..].Trim() is { Length: > 0 } rest && !rest.StartsWith('#')) return null;
        // The signed list's items: deeper than the plan's keys, or dashes at the keys' own column.
        var after = signedAt;
        for (var i = signedAt + 1; i <= last; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#')) continue;
            if (Indent(lines[i]) > key.Length || lines[i].StartsWith(key + "- ", StringComparison.Ordinal)) after = i;
            else break;
        }
        var dash = after == signedAt ? key + "  " : new string(' ', Indent(lines.Skip(signedAt + 1).First(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal))));
        lines.Insert(after + 1, $"{dash}- {entry}");
        return string.Join('\n', lines);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex(@"^pathway_plan:\s*(#.*)?$")]
    private static partial Regex PlanKey();
}
