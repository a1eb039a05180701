namespace LifeStory.Wording;

/// <summary>
/// A favourite thing as a child says they love it: "You love rockets", "You love football", "You love the sun".
/// The book's drawn motifs have their own words; anything else a carer typed is left as typed unless it is one
/// plain word, which takes the usual English plural.
/// </summary>
public static class Plurals
{
    private static readonly Dictionary<string, string> Special = new(StringComparer.OrdinalIgnoreCase)
    {
        ["football"] = "football", ["fish"] = "fish", ["sun"] = "the sun", ["butterfly"] = "butterflies",
        ["puppy"] = "puppies", ["bunny"] = "bunnies", ["pony"] = "ponies", ["fox"] = "foxes",
    };

    public static string? Loved(string? thing)
    {
        var text = thing?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (Special.TryGetValue(text, out var words)) return words;
        // Several words, capitals or an ending in s are what the carer meant: "Lego", "Star Wars", "trains".
        if (text.Contains(' ') || char.IsUpper(text[0]) || text.EndsWith('s') || !text.All(char.IsLetter)) return text;
        if (text.EndsWith('y') && text.Length > 1 && !"aeiou".Contains(text[^2])) return text[..^1] + "ies";
        if (text.EndsWith("ch", StringComparison.Ordinal) || text.EndsWith("sh", StringComparison.Ordinal) || text.EndsWith('x')) return text + "es";
        return text + "s";
    }
}
