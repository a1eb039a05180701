using System.Text.RegularExpressions;
using LifeStory.Documents.Files;
using LifeStory.Languages;
using LifeStory.Templating;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Wording;

/// <summary>
/// "Words grown-ups use": the explanations in words/glossary.yaml, merged from every templates root like the
/// jargon list. A book explains only the words it actually prints, so the page is short and every entry
/// answers a question the child could have while reading.
/// </summary>
public sealed class Glossary
{
    /// <summary>Where the list lives inside a templates root.</summary>
    public const string RelativePath = "words/glossary.yaml";

    private readonly List<(GlossaryEntry Entry, Regex Pattern)> _entries = [];

    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            // The first root to explain a word wins, so a council's wording replaces ours.
            if (!seen.Add(entry.Word)) continue;
            _entries.Add((entry, WordList.WholeWords(entry.Also.Prepend(entry.Word))));
        }
    }

    public IReadOnlyList<GlossaryEntry> Entries => _entries.Select(e => e.Entry).ToList();

    /// <summary>
    /// The list in a document's language: an entry the catalogue translates (glossary_&lt;word&gt;, with _means and
    /// optionally _also, its other forms separated by commas) is printed in it, and is found by its forms in that
    /// language or by the English ones (case text may be in English). In English, the list as it is.
    /// </summary>
    public Glossary In(Catalogue words)
    {
        if (words.IsSource) return this;
        return new Glossary(Entries.Select(entry =>
        {
            var key = Catalogue.TermKey("glossary", entry.Word);
            if (words.Find(key) is not { } word || words.Find(key + "_means") is not { } means) return entry;
            var also = (words.Find(key + "_also") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new GlossaryEntry(word, means, [.. also, entry.Word, .. entry.Also]);
        }));
    }

    /// <summary>The words of the list a translation does not explain yet, so `check` can name them.</summary>
    public IReadOnlyList<string> Untranslated(Catalogue words) => words.IsSource ? []
        : Entries.Where(e => words.Find(Catalogue.TermKey("glossary", e.Word)) is null || words.Find(Catalogue.TermKey("glossary", e.Word) + "_means") is null)
            .Select(e => e.Word).ToList();

    public static Glossary From(TemplateFolders folders)
    {
        var files = folders.Roots.Select(r => Path.Combine(r, RelativePath)).Where(RegularFile.Exists).ToList();
        return Parsed.Get(files, () => new Glossary(files.SelectMany(Read)))!;
    }

    /// <summary>
    /// The glossary as parsed, with its patterns built, while its files are unchanged: every book and every check
    /// asks for it. A glossary is never changed once made, and a Regex is safe to share between threads.
    /// </summary>
    private static readonly ParsedFiles<Glossary> Parsed = new(capacity: 256);

    /// <summary>The entries whose word (or another form of it) appears in the text, in alphabetical order.</summary>
    public IReadOnlyList<GlossaryEntry> UsedIn(string text) =>
        _entries.Where(e => e.Pattern.IsMatch(text)).Select(e => e.Entry)
            .OrderBy(e => e.Word, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The entry that explains this term, as its word or one of its other forms, or null.</summary>
    public GlossaryEntry? Explaining(string term)
    {
        var whole = term.Trim();
        return _entries.FirstOrDefault(e => e.Pattern.Match(whole) is { Success: true, Index: 0 } match && match.Length == whole.Length).Entry;
    }

    public static IReadOnlyList<GlossaryEntry> Read(string file) => WordList.Items(file, "words").Select(item => Entry(file, item)).ToList();

    private static GlossaryEntry Entry(string file, YamlNode node)
    {
        var word = WordList.Text(node, "word");
        var means = WordList.Text(node, "means");
        if (word is null || means is null)
            throw new SettingsFileException(file, node.Start.Line, $"every entry needs 'word:' and 'means:'.");
        var also = ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode("also"), out var forms) && forms is YamlSequenceNode sequence
            ? sequence.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().Where(s => s.Trim().Length > 0).ToList()
            : [];
        return new GlossaryEntry(word, means, also);
    }
}

/// <summary>A word a grown-up might use, what it means in a child's words, and other forms of it to look for.</summary>
public sealed record GlossaryEntry(string Word, string Means, IReadOnlyList<string> Also);
