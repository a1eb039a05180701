using System.Collections.Concurrent;
using System.Text;
using LifeStory.Documents.Text;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>@font-face</c> rules carrying the PDF's own font files as data URIs, so the page looks the same on any
/// machine and never fetches a font. The Arabic faces are limited to Arabic code points with <c>unicode-range</c>.
/// </summary>
internal static class FontFaceCss
{
    public const string Body = "\"LifeStory Body\", \"LifeStory Arabic\", \"Atkinson Hyperlegible\", Verdana, Arial, sans-serif";
    public const string Heading = "\"LifeStory Heading\", \"LifeStory Arabic\", Fredoka, \"Trebuchet MS\", Verdana, sans-serif";

    private const string ArabicRange = "U+0600-06FF, U+0750-077F, U+0870-089F, U+08A0-08FF, U+200C-200D, U+FB50-FDFF, U+FE70-FEFF";

    private static readonly ConcurrentDictionary<string, string> Encoded = new(StringComparer.Ordinal);

    public static void Append(StringBuilder css, FontLibrary fonts)
    {
        var files = fonts.FilePaths;
        Face(css, "LifeStory Body", files.Regular, 400, "normal", null);
        Face(css, "LifeStory Body", files.Bold, 700, "normal", null);
        Face(css, "LifeStory Body", files.Italic, 400, "italic", null);
        Face(css, "LifeStory Body", files.BoldItalic, 700, "italic", null);
        Face(css, "LifeStory Heading", files.Heading, 600, "normal", null);
        Face(css, "LifeStory Arabic", files.Arabic, 400, "normal", ArabicRange);
        Face(css, "LifeStory Arabic", files.ArabicBold, 700, "normal", ArabicRange);
    }

    private static void Face(StringBuilder css, string family, string path, int weight, string style, string? range)
    {
        var data = Encoded.GetOrAdd(path, file => Convert.ToBase64String(File.ReadAllBytes(file)));
        css.Append("@font-face { font-family: \"").Append(family).Append("\"; font-weight: ").Append(weight)
            .Append("; font-style: ").Append(style).Append("; font-display: block; ");
        if (range is not null) css.Append("unicode-range: ").Append(range).Append("; ");
        css.Append("src: url(data:font/ttf;base64,").Append(data).Append(") format(\"truetype\"); }\n");
    }
}
