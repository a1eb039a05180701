namespace LifeStory.Web.Children;

/// <summary>What changed between two versions of case.yaml, line by line (longest common subsequence), for people to read.</summary>
public static class LineDiff
{
    public const int MaxLines = 20_000;

    /// <summary>Each line with ' ' (same), '+' (added) or '-' (removed); null when the files are too long to compare here.</summary>
    public static IReadOnlyList<(char Mark, string Line)>? Compare(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        if ((long)a.Length * b.Length > 25_000_000 || a.Length > MaxLines || b.Length > MaxLines) return null;
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var result = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { result.Add((' ', a[x])); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) result.Add(('-', a[x++]));
            else result.Add(('+', b[y++]));
        }
        while (x < a.Length) result.Add(('-', a[x++]));
        while (y < b.Length) result.Add(('+', b[y++]));
        return result;
    }
}
