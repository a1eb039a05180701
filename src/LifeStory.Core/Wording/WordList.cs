using LifeStory.Templating;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Wording;

/// <summary>
/// What the council-editable word lists (words/jargon.yaml, words/glossary.yaml) share: finding phrases as
/// whole words in any capitals and spacing, and reading a YAML file that is one list of small maps.
/// </summary>
internal static class WordList
{
    /// <summary>
    /// A pattern matching any of the phrases as whole words (letters or digits on either side mean part of a
    /// longer word: "contacts" is not "contact"), in any capitals, with any spacing between words. Longest first,
    /// because .NET alternation takes the first alternative that matches at a position.
    /// </summary>
    public static Regex WholeWords(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => string.Join(@"\s+", p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The items of the list under <paramref name="key"/>; a file shaped otherwise is a mistake the council should see.</summary>
    public static IEnumerable<YamlNode> Items(string file, string key)
    {
        var stream = SettingsFileException.ReadYaml(file);
        if (stream.Documents.Count == 0) return [];
        if (stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode(key), out var list) || list is not YamlSequenceNode items)
            throw new SettingsFileException(file, 0, $"expected '{key}:' followed by a list of entries.");
        return items;
    }

    /// <summary>A non-blank text field of one item, trimmed; null when missing or blank.</summary>
    public static string? Text(YamlNode item, string key) =>
        item is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            && !string.IsNullOrWhiteSpace(scalar.Value) ? scalar.Value.Trim() : null;
}
