using System.Text;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using LifeStory.Templating;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Languages;

/// <summary>
/// Loads languages/&lt;tag&gt;.yaml from every templates root, like the other council-editable word lists: a
/// council's own file (in --templates or the case's templates/) needs only the keys it changes, and wins key by
/// key over the shipped one. A key the language has nowhere is printed in English and named in a warning, so a
/// started translation still makes a whole document.
/// </summary>
public static class Catalogues
{
    /// <summary>Where catalogues live inside a templates root.</summary>
    public const string Folder = "languages";

    /// <summary>The language every document is written in unless asked otherwise, and the one every key falls back to.</summary>
    public const string Default = "en";

    /// <summary>A catalogue is words, not a book: anything bigger is a mistake (or worse), refused before it is parsed.</summary>
    private const long MaxBytes = 1 << 20;

    public static CatalogueLoad Load(TemplateFolders folders, string? language)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? Default : language.Trim();
        var findings = new List<Finding>();
        var english = Merge(folders, Default, findings);
        if (english.Files.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, "no-catalogue", null, "language",
                $"There is no English catalogue ({Folder}/{Default}.yaml) in any templates folder.",
                $"Put {Folder}/{Default}.yaml back in {TemplateFolders.BuiltIn}."));
            return new CatalogueLoad(null, findings);
        }
        if (IsEnglish(tag)) return new CatalogueLoad(english.Build(tag, null), findings);

        var fileTag = FileTag(folders, tag);
        if (fileTag is null)
        {
            findings.Add(new Finding(Severity.Error, "no-catalogue", null, "language",
                $"There is no catalogue for the language '{tag}'.",
                $"Use one of: {string.Join(", ", Available(folders))}; or add {Folder}/{tag}.yaml to your templates folder."));
            return new CatalogueLoad(null, findings);
        }
        var own = Merge(folders, fileTag, findings);
        var missing = english.Words.Keys.Where(k => !own.Words.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            // One warning per file, naming every key: a started translation lacks dozens, and a line each would bury the rest.
            findings.Add(new Finding(Severity.Warning, "catalogue-missing-key", new SourceLocation(own.Display, 1, 1), missing[0],
                $"The {tag} catalogue has no words for {missing.Count} key{(missing.Count == 1 ? "" : "s")}, so {(missing.Count == 1 ? "it is" : "they are")} printed in English: {string.Join(", ", missing)}.",
                $"Add {(missing.Count == 1 ? "it" : "them")} under words: in {own.Display}."));
            foreach (var key in missing) own.Words[key] = english.Words[key];
        }
        if (own.Months is null)
        {
            findings.Add(new Finding(Severity.Warning, "catalogue-missing-key", new SourceLocation(own.Display, 1, 1), "months",
                $"The {tag} catalogue has no month names, so dates are written with the English ones.",
                $"Add months: with the twelve month names to {own.Display}."));
            own.Months = english.Months;
        }
        return new CatalogueLoad(own.Build(tag, english.Months), findings);
    }

    /// <summary>The languages with a catalogue in any of the folders, by tag.</summary>
    public static IReadOnlyList<string> Available(TemplateFolders folders) => folders.Roots
        .Select(root => Path.Combine(root, Folder)).Where(Directory.Exists)
        .SelectMany(dir => Directory.EnumerateFiles(dir, "*.yaml")).Select(Path.GetFileNameWithoutExtension).OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    private static bool IsEnglish(string tag) => tag.Split('-')[0].Equals(Default, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name to load for a tag: the tag itself ("pt-BR"), else its language alone ("pt").</summary>
    private static string? FileTag(TemplateFolders folders, string tag)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(tag, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) return null;
        foreach (var candidate in new[] { tag, tag.Split('-')[0] })
            if (folders.Roots.Any(root => RegularFile.Exists(Path.Combine(root, Folder, candidate + ".yaml")))) return candidate;
        return null;
    }

    /// <summary>
    /// Catalogue files as parsed, while unchanged: every run, and every preview the web app draws, would otherwise
    /// parse the same YAML (about 1 ms for English, 2 ms for Arabic over English).
    /// </summary>
    private static readonly ParsedFiles<CatalogueFile> Parsed = new(capacity: 256);

    private static Merged Merge(TemplateFolders folders, string tag, List<Finding> findings)
    {
        var merged = new Merged();
        foreach (var root in folders.Roots)
        {
            var file = Path.Combine(root, Folder, tag + ".yaml");
            if (RegularFile.KindOf(file) == FileKind.Missing) continue;
            var display = folders.Display(file);
            if (Parsed.Get(file, () => Parse(file, display, findings)) is not { } parsed) continue;
            merged.Add(display, parsed);
        }
        return merged;
    }

    /// <summary>One file parsed, or null with a finding that says what is wrong with it.</summary>
    private static CatalogueFile? Parse(string file, string display, List<Finding> findings)
    {
        if (!RegularFile.TryRead(file, display, MaxBytes, out var bytes, out var problem))
        {
            findings.Add(new Finding(Severity.Error, "catalogue-unreadable", new SourceLocation(display, 1, 1), "", problem ?? "The file cannot be read.",
                "Replace it with the catalogue's YAML, or remove it to use the shipped one."));
            return null;
        }
        try
        {
            return Read(Encoding.UTF8.GetString(bytes), display);
        }
        catch (YamlException e)
        {
            findings.Add(new Finding(Severity.Error, "catalogue-unreadable", new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), "",
                "The catalogue is not valid YAML: " + e.Message.TrimEnd('.') + ".", "Fix the YAML at that line; the shipped catalogues show the shape."));
        }
        catch (InvalidDataException e)
        {
            findings.Add(new Finding(Severity.Error, "catalogue-unreadable", new SourceLocation(display, 1, 1), "", e.Message,
                "Fix the catalogue; the shipped catalogues show the shape."));
        }
        return null;
    }

    private static CatalogueFile Read(string yaml, string display)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return CatalogueFile.Empty;
        var words = new List<KeyValuePair<string, Phrase>>();
        if (Child(root, "words") is YamlMappingNode map)
            foreach (var (key, value) in map.Children)
                if (key is YamlScalarNode { Value: { } name }) words.Add(new(name, PhraseOf(value, display)));
        return new CatalogueFile(Scalar(root, "checked_by"), Scalar(root, "checked_on"),
            Child(root, "digits") is YamlScalarNode digits ? digits.Value?.Trim() ?? "" : null,
            MonthNames(root, "months", display), MonthNames(root, "months_standalone", display), words);
    }

    private static List<string>? MonthNames(YamlMappingNode root, string key, string display)
    {
        if (Child(root, key) is not YamlSequenceNode months) return null;
        var names = months.OfType<YamlScalarNode>().Select(m => m.Value ?? "").ToList();
        return names.Count == 12 ? names
            : throw new InvalidDataException($"{display}:{months.Start.Line}: {key}: needs the twelve month names, January first; it has {names.Count}.");
    }

    private static Phrase PhraseOf(YamlNode node, string display) => node switch
    {
        YamlScalarNode scalar => Phrase.Words(scalar.Value ?? ""),
        YamlMappingNode map => new Phrase(null, map.Children.ToDictionary(
            pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => PhraseOf(pair.Value, display), StringComparer.Ordinal)),
        _ => throw new InvalidDataException($"{display}:{node.Start.Line}: a phrase is words, or forms such as one: and other: (or he:, she: and they:), not a list."),
    };

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>One language's files read so far, most specific first.</summary>
    private sealed class Merged
    {
        public List<string> Files { get; } = [];
        public Dictionary<string, Phrase> Words { get; } = new(StringComparer.Ordinal);
        public string? CheckedBy { get; set; }
        public string? CheckedOn { get; set; }
        public string? Digits { get; set; }
        public IReadOnlyList<string>? Months { get; set; }
        public IReadOnlyList<string>? MonthsAlone { get; set; }
        public string Display => Files.Count > 0 ? Files[0] : "";

        /// <summary>The next file, less specific than those before it: it fills only what they left unsaid.</summary>
        public void Add(string display, CatalogueFile file)
        {
            Files.Add(display);
            CheckedBy ??= file.CheckedBy;
            CheckedOn ??= file.CheckedOn;
            // digits: "" in a council's file is a choice too (0123456789), not a gap to fill from the shipped file.
            Digits ??= file.Digits;
            Months ??= file.Months;
            MonthsAlone ??= file.MonthsAlone;
            foreach (var (key, phrase) in file.Words) Words.TryAdd(key, phrase);
        }

        public Catalogue Build(string tag, IReadOnlyList<string>? fallbackMonths) =>
            new(tag, CheckedBy, CheckedOn, Months ?? fallbackMonths ?? [], MonthsAlone ?? Months ?? fallbackMonths ?? [], Digits is { Length: 10 } ? Digits : null, Words);
    }
}
