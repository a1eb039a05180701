using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using LifeStory.Checking;

namespace LifeStory.Translations;

/// <summary>
/// XLIFF 2.0 (OASIS), the file translation tools read: one &lt;unit&gt; per field, its case.yaml key in name=
/// (XLIFF ids cannot hold the brackets a key has), the English in &lt;source&gt; and the translation in
/// &lt;target&gt;. Markdown stays as text: translators keep its ** and # as they are.
/// </summary>
public static class Xliff
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The largest file read: far more than any case's text in any script.</summary>
    public const int MaxCharacters = 16 << 20;

    /// <summary>How deeply elements may nest: xliff, file, group, unit, segment, target, then a few inline markers.</summary>
    public const int MaxDepth = 32;

    public static void Write(ExchangeFile file, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("xliff", Ns.NamespaceName);
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("srcLang", "en");
        writer.WriteAttributeString("trgLang", file.Language);
        writer.WriteStartElement("file", Ns.NamespaceName);
        writer.WriteAttributeString("id", "case");
        writer.WriteAttributeString("original", "case.yaml");
        // One field is one segment: splitting a Markdown story into sentences would lose its paragraphs.
        writer.WriteAttributeString("canResegment", "no");
        writer.WriteAttributeString("xml", "space", null, "preserve");
        var number = 0;
        foreach (var unit in file.Units)
        {
            writer.WriteStartElement("unit", Ns.NamespaceName);
            writer.WriteAttributeString("id", "u" + (++number).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("name", unit.Key);
            writer.WriteStartElement("segment", Ns.NamespaceName);
            writer.WriteAttributeString("state", unit.State.ToString().ToLowerInvariant());
            writer.WriteElementString("source", Ns.NamespaceName, unit.English);
            if (unit.Translation is not null) writer.WriteElementString("target", Ns.NamespaceName, unit.Translation);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Reads an XLIFF 2.0 file. A DTD, and so any entity (XXE, "billion laughs"), is refused, never read.</summary>
    /// <param name="name">The file's name, for messages.</param>
    public static (ExchangeFile? File, IReadOnlyList<Finding> Findings) Read(Stream input, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };
        XDocument document;
        try
        {
            // Read twice: first only to see how deeply elements nest (a real file goes 6 deep; 100,000 nested <mrk>
            // would take the stack of anything that walks them), then into a document.
            var bytes = new MemoryStream();
            input.CopyTo(bytes);
            bytes.Position = 0;
            using (var scan = XmlReader.Create(bytes, settings))
            {
                while (scan.Read())
                    if (scan.Depth > MaxDepth)
                        return Fail(name, ((IXmlLineInfo)scan).LineNumber, ((IXmlLineInfo)scan).LinePosition,
                            $"Elements are nested more than {MaxDepth} deep here; an XLIFF file of a case's text never is.",
                            "Export the file from your translation tool again.");
            }
            bytes.Position = 0;
            using var reader = XmlReader.Create(bytes, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return Fail(name, e.LineNumber, e.LinePosition, "The file has a DTD (<!DOCTYPE ...>), which an XLIFF file never needs and which could make it read other files.",
                "Remove the <!DOCTYPE ...> line, or export the file from your translation tool again.");
        }
        catch (XmlException e)
        {
            return Fail(name, e.LineNumber, e.LinePosition, "The file is not well-formed XML: " + e.Message,
                "Export it from your translation tool again, or correct it at this line.");
        }

        var root = document.Root!;
        if (root.Name != Ns + "xliff")
            return Fail(name, Line(root), 1, $"The file is not XLIFF 2.0: its first element is <{root.Name.LocalName}> in '{root.Name.NamespaceName}'.",
                "Export XLIFF 2.0 from your translation tool (XLIFF 1.2 is not read).");
        var version = (string?)root.Attribute("version");
        if (version is null || !version.StartsWith("2.", StringComparison.Ordinal))
            return Fail(name, Line(root), 1, $"The file says version=\"{version}\"; only XLIFF 2.0 is read.", "Export XLIFF 2.0 from your translation tool.");
        var source = (string?)root.Attribute("srcLang") ?? "";
        if (!LanguageTag.IsEnglish(source))
            return Fail(name, Line(root), 1, $"The file translates from srcLang=\"{source}\"; a case's text is English.", "Export the file again with lifestory translations export.");
        var language = (string?)root.Attribute("trgLang");
        if (LanguageTag.Problem(language) is { } problem)
            return Fail(name, Line(root), 1, "trgLang: " + problem, "Set trgLang on <xliff> to the language of the translations.");

        var findings = new List<Finding>();
        var units = new List<ExchangeUnit>();
        foreach (var unit in root.Descendants(Ns + "unit"))
        {
            var key = (string?)unit.Attribute("name");
            if (string.IsNullOrWhiteSpace(key))
            {
                findings.Add(ExchangeFindings.Error(name, Line(unit), Column(unit), $"unit {(string?)unit.Attribute("id")}",
                    "This <unit> has no name=, which says which field of the case it translates.",
                    "Keep the name= attributes lifestory wrote; export the file again if they were lost."));
                continue;
            }
            var parts = unit.Elements().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable").ToList();
            var english = string.Concat(parts.Select(p => TextOf(p.Element(Ns + "source"))));
            // The space between segments a tool split (an <ignorable>) is kept as it was when it has no target; a
            // segment with no target means the field is not finished, and the English prints.
            var segments = parts.Where(p => p.Name == Ns + "segment").ToList();
            var translation = segments.Count > 0 && segments.All(s => s.Element(Ns + "target") is not null)
                ? string.Concat(parts.Select(p => TextOf(p.Element(Ns + "target") ?? p.Element(Ns + "source"))))
                : null;
            var stateText = parts.Where(p => p.Name == Ns + "segment").Select(p => (string?)p.Attribute("state")).FirstOrDefault() ?? "initial";
            if (!Enum.TryParse<TranslationState>(stateText, ignoreCase: true, out var state) || int.TryParse(stateText, out _))
            {
                findings.Add(ExchangeFindings.Error(name, Line(unit), Column(unit), key, $"state=\"{stateText}\" is not an XLIFF 2.0 state.",
                    "Use initial, translated, reviewed or final."));
                continue;
            }
            units.Add(new ExchangeUnit(key, english, translation, state, Line(unit)));
        }
        return findings.Count > 0 ? (null, findings) : (new ExchangeFile(language!, units), []);
    }

    /// <summary>The text of a source or target: its words, the characters of any &lt;cp&gt;, and the words inside markers.</summary>
    private static string TextOf(XElement? element)
    {
        if (element is null) return "";
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText words) text.Append(words.Value);
            else if (node is XElement { Name.LocalName: "cp" } cp && int.TryParse((string?)cp.Attribute("hex"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                text.Append(char.ConvertFromUtf32(code));
            else if (node is XElement { Name.LocalName: "pc" or "mrk" } inner) text.Append(TextOf(inner));
        }
        return text.ToString();
    }

    private static (ExchangeFile?, IReadOnlyList<Finding>) Fail(string name, int line, int column, string message, string fix) =>
        (null, [ExchangeFindings.Error(name, line, column, "", message, fix)]);

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    private static int Column(XElement element) => ((IXmlLineInfo)element).LinePosition;
}
