using System.Text.RegularExpressions;
using LifeStory.Documents.Files;
using LifeStory.Templating;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Wording;

/// <summary>
/// The jargon words/jargon.yaml lists, merged from every templates root (--templates, the case's own, the
/// built-in), so a council or a single case can add words without losing the shipped ones. Matching is by
/// whole words, in any capitals, longest first: "supervised contact" is one finding, not two.
/// </summary>
public sealed class JargonDictionary
{
    /// <summary>Where the list lives inside a templates root.</summary>
    public const string RelativePath = "words/jargon.yaml";

    private readonly Regex? _pattern;
    private readonly Dictionary<string, JargonTerm> _byKey;

    public JargonDictionary(IEnumerable<JargonTerm> terms)
    {
        _byKey = new Dictionary<string, JargonTerm>(StringComparer.Ordinal);
        // The first entry for a term wins, so callers pass the most specific roots first.
        foreach (var term in terms) _byKey.TryAdd(Key(term.Term), term);
        Terms = _byKey.Values.ToList();
        if (Terms.Count == 0) return;
        _pattern = WordList.WholeWords(Terms.Select(t => t.Term));
    }

    public IReadOnlyList<JargonTerm> Terms { get; }

    /// <summary>Reads and merges words/jargon.yaml from each root that has one, earlier roots winning per term.</summary>
    public static JargonDictionary From(TemplateFolders folders)
    {
        var files = folders.Roots.Select(r => Path.Combine(r, RelativePath)).Where(RegularFile.Exists).ToList();
        return Parsed.Get(files, () => Load(files))!;
    }

    /// <summary>
    /// The dictionary as parsed, with its pattern built, while its files are unchanged: every check and every web
    /// preview asks for it. A dictionary is never changed once made, and a Regex is safe to share between threads.
    /// </summary>
    private static readonly ParsedFiles<JargonDictionary> Parsed = new(capacity: 256);

    public static JargonDictionary Load(IEnumerable<string> files) => new(files.SelectMany(Read));

    /// <summary>Every term in the text, left to right, never overlapping.</summary>
    public IReadOnlyList<JargonMatch> Find(string text)
    {
        if (_pattern is null) return [];
        return _pattern.Matches(text)
            .Select(m => new JargonMatch(_byKey[Key(m.Value)], m.Index, m.Length, Regex.Replace(m.Value, @"\s+", " ")))
            .ToList();
    }

    /// <summary>The entries of one file; a file that is not a list of term/instead maps is a mistake the council should see.</summary>
    public static IReadOnlyList<JargonTerm> Read(string file) => WordList.Items(file, "terms").Select(item => Entry(file, item)).ToList();

    private static JargonTerm Entry(string file, YamlNode node)
    {
        var term = WordList.Text(node, "term");
        var instead = WordList.Text(node, "instead");
        if (term is null || instead is null)
            throw new SettingsFileException(file, node.Start.Line, $"every entry needs 'term:' and 'instead:'.");
        var fromAge = WordList.Text(node, "from_age");
        int? age = null;
        if (fromAge is not null)
        {
            if (!int.TryParse(fromAge, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) || years > 25)
                throw new SettingsFileException(file, node.Start.Line, $"'from_age:' is an age in years, such as 16.");
            age = years;
        }
        return new JargonTerm(term, instead, WordList.Text(node, "note"), age);
    }

    /// <summary>Terms are the same whatever their capitals and spacing.</summary>
    private static string Key(string term) =>
        string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
