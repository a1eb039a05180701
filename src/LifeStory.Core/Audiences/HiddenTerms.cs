using System.Text.RegularExpressions;

namespace LifeStory.Audiences;

/// <summary>
/// The names (full, first, surname, known-as), addresses, towns and schools a reader's version must not print,
/// matched as whole words. A single word matches only with its capital letter ("Rose", not "rose"); a phrase
/// matches in any capitals. A surname also matches as a family name ("the Carters", "Carter's").
/// </summary>
public sealed class HiddenTerms
{
    private readonly IReadOnlyList<(HiddenTerm Term, Regex Pattern)> _terms;

    public HiddenTerms(IEnumerable<HiddenTerm> terms)
    {
        _terms = terms.GroupBy(t => t.Text, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal)
            .Select(t => (t, Pattern(t.Text))).ToList();
    }

    public static HiddenTerms None { get; } = new([]);

    public IReadOnlyList<HiddenTerm> Terms => _terms.Select(t => t.Term).ToList();

    public bool IsEmpty => _terms.Count == 0;

    /// <summary>Every hidden term in the text, each reported once at its first place.</summary>
    public IReadOnlyList<HiddenTermMatch> Find(string text)
    {
        if (_terms.Count == 0 || string.IsNullOrEmpty(text)) return [];
        var found = new List<HiddenTermMatch>();
        foreach (var (term, pattern) in _terms)
            if (pattern.Match(text) is { Success: true } match) found.Add(new HiddenTermMatch(term, match.Value, match.Index));
        return found.OrderBy(m => m.Index).ToList();
    }

    private static Regex Pattern(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var body = string.Join(@"\s+", words.Select(Regex.Escape));
        // One capitalised word is a name only with its capital ("Will", "May", "Rose" are words too); a family
        // name is still the name with a plural or possessive ending.
        var single = words.Length == 1;
        var ending = single ? @"(?:'s|’s|s'|s’|s)?" : "";
        var options = RegexOptions.CultureInvariant | (single ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex(@"(?<![\p{L}\p{N}])" + body + ending + @"(?![\p{L}\p{N}])", options);
    }
}
