using System.Text.RegularExpressions;
using System.Xml.Linq;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;

namespace LifeStory.Tests.Documents.Rendering.Html;

/// <summary>Writes pages with test defaults and reads them back as XML (void elements closed, doctype set aside).</summary>
internal static partial class HtmlPages
{
    public static string Write(string markdown, IPictureSource? pictures = null, Theme? theme = null, string title = "Test book", bool embedFonts = false) =>
        HtmlWriter.Write(markdown, new DocumentInfo(title), theme ?? Theme.Book, pictures ?? NoPictures.Instance, "en", embedFonts);

    public static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var xml = VoidElement().Replace(html["<!DOCTYPE html>\n".Length..], "<$1$2 />");
        return XDocument.Parse(xml);
    }

    public static XElement Body(string markdown, IPictureSource? pictures = null, Theme? theme = null) =>
        Parse(Write(markdown, pictures, theme)).Root!.Element("body")!.Element("main")!;

    public static IEnumerable<XElement> All(this XContainer root, string name) => root.Descendants(name);

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    public static string Text(this XElement element) => Regex.Replace(element.Value, @"\s+", " ").Trim();

    [GeneratedRegex(@"<(meta|img|link|input|source|col|wbr|area|base|embed|track)\b([^>]*?)\s*/?>")]
    private static partial Regex VoidElement();
}
