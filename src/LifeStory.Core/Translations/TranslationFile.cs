using System.Globalization;
using System.Text;
using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Output;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Translations;

/// <summary>
/// translations/&lt;language&gt;.yaml in the case folder: every translation into one language, beside case.yaml
/// (which stays English and is never touched by a translation). Written by <c>lifestory translations import</c>.
/// </summary>
public static class TranslationFile
{
    public const string Folder = "translations";

    /// <summary>
    /// The largest translations file read: a case's text is a few hundred KB in any script. Above the most an import
    /// can write (a translation file of <see cref="Xliff.MaxCharacters"/>, at up to three bytes a character), so a file
    /// import wrote is never one check cannot read.
    /// </summary>
    public const long MaxBytes = 3L * Xliff.MaxCharacters + (1 << 20);

    public static string RelativePath(string language) => $"{Folder}/{language}.yaml";

    public static string PathIn(string caseFolder, string language) => Path.Combine(caseFolder, Folder, language + ".yaml");

    /// <summary>The languages the case folder has translations for, from the file names, in order.</summary>
    public static IReadOnlyList<string> Languages(string caseFolder)
    {
        var folder = Path.Combine(caseFolder, Folder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(LanguageTag.IsValid).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The translations into <paramref name="language"/>: an empty set when there is no file; null with findings when it cannot be read.</summary>
    public static (TranslationSet? Set, IReadOnlyList<Finding> Findings) Load(string caseFolder, string language)
    {
        var path = PathIn(caseFolder, language);
        if (!File.Exists(path)) return (TranslationSet.Empty(language), []);
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
            return (null, [Problem(language, 1, 1, "", string.Create(CultureInfo.InvariantCulture, $"The file is {info.Length:N0} bytes, more than the limit of {MaxBytes:N0}."),
                "It cannot be a case's translations: export and import the language again.")]);
        var bytes = File.ReadAllBytes(path);
        if (!Utf8Text.TryDecode(bytes, out var text, out _))
            return (null, [Problem(language, 1, 1, "", "The file is not UTF-8 text.", "Save it as UTF-8, or import the language again.")]);
        return Read(text, language);
    }

    /// <summary>Reads the file's text; <paramref name="language"/> is the one its name says.</summary>
    public static (TranslationSet? Set, IReadOnlyList<Finding> Findings) Read(string text, string language)
    {
        var stream = new YamlStream();
        var parser = new LimitedParser(new Parser(new StringReader(text)));
        try { stream.Load(parser); }
        catch (YamlException e) when (parser.OpenFlow is { } open)
        {
            // YamlDotNet notices an unclosed bracket only where it runs into the end: point at the bracket, as case.yaml's loader does.
            return (null, [Problem(language, (int)open.Start.Line, (int)open.Start.Column, "", "A '" + (open.List ? "[" : "{") + "' here is never closed: " + e.Message, Redo)]);
        }
        catch (YamlException e) { return (null, [Problem(language, (int)e.Start.Line, (int)e.Start.Column, "", "The file is not valid YAML: " + e.Message, Redo)]); }
        catch (YamlLimitException e) { return (null, [Problem(language, (int)e.Where.Line, (int)e.Where.Column, "", e.Message, e.Fix)]); }
        if (stream.Documents.Count == 0) return (TranslationSet.Empty(language), []);

        var findings = new List<Finding>();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            return (null, [Problem(language, 1, 1, "", "The file does not hold 'language:' and 'translations:'.", Redo)]);
        var named = Scalar(root, "language");
        if (named != language)
            findings.Add(Problem(language, Line(root), 1, "language", $"The file is named {language}.yaml but says language: {named ?? "(nothing)"}.",
                $"Write language: {language} at the top, or rename the file to the language it holds."));
        var entries = new Dictionary<string, Translation>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("translations"), out var list) && list is not YamlSequenceNode)
            findings.Add(Problem(language, Line(list), (int)list.Start.Column, "translations", "translations: is not a list.", Redo));
        foreach (var (node, i) in (list as YamlSequenceNode ?? []).Select((n, i) => (n, i)))
        {
            var where = $"translations[{i}]";
            var field = node is YamlMappingNode entry ? Scalar(entry, "field") : null;
            var english = node is YamlMappingNode e2 ? Scalar(e2, "english") : null;
            var words = node is YamlMappingNode e3 ? Scalar(e3, "text") : null;
            var stateText = node is YamlMappingNode e4 ? Scalar(e4, "state") ?? "translated" : null;
            if (field is null || english is null || words is null)
            {
                findings.Add(Problem(language, Line(node), (int)node.Start.Column, where, "This entry needs field:, english: and text:.", Redo));
                continue;
            }
            if (!Enum.TryParse<TranslationState>(stateText, ignoreCase: true, out var state) || int.TryParse(stateText, out _))
            {
                findings.Add(Problem(language, Line(node), (int)node.Start.Column, where + ".state",
                    $"state: {stateText} is not one of initial, translated, reviewed or final.", "Write one of those four."));
                continue;
            }
            if (!entries.TryAdd(field, new Translation(field, english, words, state)))
                findings.Add(Problem(language, Line(node), (int)node.Start.Column, where, $"{field} is translated twice.", "Keep one of the two entries."));
        }
        return findings.Count > 0 ? (null, findings) : (new TranslationSet(language, entries), []);
    }

    /// <summary>
    /// Writes the set as translations/&lt;language&gt;.yaml, atomically: the file is whole or the last good one is
    /// still there. Entries are sorted by field, so a change shows as a small difference between versions.
    /// </summary>
    public static void Save(string caseFolder, TranslationSet set) =>
        AtomicFile.Write(PathIn(caseFolder, set.Language), stream => stream.Write(Encoding.UTF8.GetBytes(Write(set))));

    /// <summary>As <see cref="Save(string, TranslationSet)"/>, with the temporary file opened by <paramref name="open"/>: tests inject a full disk.</summary>
    internal static void Save(string caseFolder, TranslationSet set, Func<string, Stream> open) =>
        AtomicFile.Write(PathIn(caseFolder, set.Language), stream => stream.Write(Encoding.UTF8.GetBytes(Write(set))), open);

    public static string Write(TranslationSet set)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine($"# Translations of this case's text into {set.Language}, written by lifestory translations import.");
        text.WriteLine("# english: is a fingerprint of the English each one was made from: when case.yaml's English changes,");
        text.WriteLine("# lifestory check says the translation is out of date and documents print the English until it is redone.");
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Plain(emitter, "language");
        Plain(emitter, set.Language);
        Plain(emitter, "translations");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
        foreach (var entry in set.ByKey.Values.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            emitter.Emit(new MappingStart());
            Plain(emitter, "field");
            Quoted(emitter, entry.Key);
            Plain(emitter, "english");
            Quoted(emitter, entry.English);
            Plain(emitter, "state");
            Plain(emitter, entry.State.ToString().ToLowerInvariant());
            Plain(emitter, "text");
            // Several lines (Markdown) as a block, so a person can read and correct the file; one line quoted.
            var multiLine = entry.Text.Contains('\n', StringComparison.Ordinal) && !entry.Text.EndsWith(' ') && !entry.Text.Contains(" \n", StringComparison.Ordinal);
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, entry.Text, multiLine ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted, true, true));
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private const string Redo = "Correct the file by hand, or import the translations again (lifestory translations import).";

    private static void Plain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false));

    private static void Quoted(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, true, true));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static Finding Problem(string language, int line, int column, string field, string message, string fix) =>
        new(Severity.Error, "translation-file", new SourceLocation(RelativePath(language), line, column), field, message, fix);
}
