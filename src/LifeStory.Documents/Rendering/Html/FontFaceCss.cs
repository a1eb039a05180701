using System.Collections.Concurrent;
using System.Text;
using LifeStory.Documents.Text;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>@font-face</c> rules carrying the PDF's own font files as data URIs, so the page looks the same on any
/// machine and never fetches a font. The Arabic and Ethiopic faces are limited to their scripts' code points with
/// <c>unicode-range</c>, so a browser only loads them for pages that use them. Digits come from a font with a
/// plain zero when the body font's is slashed, as in the PDF; limited to U+0030-0039 the digit face holds no space,
/// so it is never the browser's "first available font" and the line's height stays the body font's.
/// </summary>
internal static class FontFaceCss
{
    public const string Body = "\"LifeStory Digits\", \"LifeStory Body\", \"LifeStory Arabic\", \"LifeStory Ethiopic\", \"Atkinson Hyperlegible\", Verdana, Arial, sans-serif";
    public const string Heading = "\"LifeStory Heading\", \"LifeStory Arabic\", \"LifeStory Ethiopic\", Fredoka, \"Trebuchet MS\", Verdana, sans-serif";

    private const string ArabicRange = "U+0600-06FF, U+0750-077F, U+0870-089F, U+08A0-08FF, U+200C-200D, U+FB50-FDFF, U+FE70-FEFF";

    private const string DigitRange = "U+0030-0039";

    private const string EthiopicRange = "U+1200-139F, U+2D80-2DDF, U+AB00-AB2F";

    private static readonly ConcurrentDictionary<string, string> Encoded = new(StringComparer.Ordinal);

    /// <summary>The body and heading faces always; a script's faces (and the plain digits) only when the text uses them, since each weighs tens or hundreds of kilobytes.</summary>
    public static void Append(StringBuilder css, FontLibrary fonts, string text)
    {
        var files = fonts.FilePaths;
        Face(css, "LifeStory Body", files.Regular, 400, "normal", null);
        Face(css, "LifeStory Body", files.Bold, 700, "normal", null);
        Face(css, "LifeStory Body", files.Italic, 400, "italic", null);
        Face(css, "LifeStory Body", files.BoldItalic, 700, "italic", null);
        Face(css, "LifeStory Heading", files.Heading, 600, "normal", null);
        if (fonts.PlainDigits is var (digits, digitsBold, scale) && text.Any(char.IsAsciiDigit))
        {
            // Upright in italic text too, as the PDF sets them: the stand-in has no italic. size-adjust draws them
            // as tall as the body font's digits, as the PDF does.
            var adjust = (scale * 100f).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
            Face(css, "LifeStory Digits", digits, 400, "normal", DigitRange, adjust);
            Face(css, "LifeStory Digits", digitsBold, 700, "normal", DigitRange, adjust);
            Face(css, "LifeStory Digits", digits, 400, "italic", DigitRange, adjust);
            Face(css, "LifeStory Digits", digitsBold, 700, "italic", DigitRange, adjust);
        }
        if (text.Any(c => c is >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'))
        {
            Face(css, "LifeStory Arabic", files.Arabic, 400, "normal", ArabicRange);
            Face(css, "LifeStory Arabic", files.ArabicBold, 700, "normal", ArabicRange);
        }
        if (text.Any(c => c is >= '\u1200' and <= '\u139F' or >= '\u2D80' and <= '\u2DDF' or >= '\uAB00' and <= '\uAB2F'))
        {
            Face(css, "LifeStory Ethiopic", files.Ethiopic, 400, "normal", EthiopicRange);
            Face(css, "LifeStory Ethiopic", files.EthiopicBold, 700, "normal", EthiopicRange);
        }
    }

    private static void Face(StringBuilder css, string family, string path, int weight, string style, string? range, string? sizeAdjust = null)
    {
        var data = Encoded.GetOrAdd(path, file => Convert.ToBase64String(File.ReadAllBytes(file)));
        css.Append("@font-face { font-family: \"").Append(family).Append("\"; font-weight: ").Append(weight)
            .Append("; font-style: ").Append(style).Append("; font-display: block; ");
        if (range is not null) css.Append("unicode-range: ").Append(range).Append("; ");
        if (sizeAdjust is not null) css.Append("size-adjust: ").Append(sizeAdjust).Append("; ");
        css.Append("src: url(data:font/ttf;base64,").Append(data).Append(") format(\"truetype\"); }\n");
    }
}
