using LifeStory.Documents.Model;

namespace LifeStory.Documents.Text;

/// <summary>
/// The fonts the engine may use, loaded from the program's own fonts folder (fetched from the npm registry at
/// build time). Each role and style has a fallback chain: the main font first, then fonts for other scripts,
/// so a name in Arabic inside an English sentence is drawn, never shown as boxes.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private static readonly string ProgramFonts = System.IO.Path.Combine(AppContext.BaseDirectory, "fonts");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FontSet, Lazy<FontLibrary>> Shared = new();

    private readonly FontFace _regular, _bold, _italic, _boldItalic, _heading, _arabic, _arabicBold, _ethiopic, _ethiopicBold, _emoji, _digits, _digitsBold;

    private readonly FontFace[]?[] _chains = new FontFace[]?[8];

    private FontLibrary(string folder, FontSet set)
    {
        Set = set;
        FontFace Open(string file, bool ligatures = true)
        {
            var path = System.IO.Path.Combine(folder, file);
            if (!File.Exists(path))
                throw new FileNotFoundException($"The font '{file}' is missing from '{folder}'. Build the project again: fonts are fetched at build time.", path);
            return new FontFace(path, ligatures);
        }
        _regular = Open(set.Regular);
        _bold = Open(set.Bold);
        _italic = Open(set.Italic);
        _boldItalic = Open(set.BoldItalic);
        _heading = Open(set.Heading, set.HeadingLigatures);
        _arabic = Open("NotoSansArabic_400Regular.ttf");
        _arabicBold = Open("NotoSansArabic_700Bold.ttf");
        _ethiopic = Open("NotoSansEthiopic_400Regular.ttf");
        _ethiopicBold = Open("NotoSansEthiopic_700Bold.ttf");
        _emoji = Open("NotoEmoji_400Regular.ttf");
        // Digits with a plain zero, for body fonts whose zero is slashed (dates and phone numbers read naturally).
        // Weights chosen by the grey they make on the page (ink per width of digit, at Atkinson's digit height):
        // Lexend Light is 7% lighter than Atkinson Regular where Lexend Regular is 20% darker and read as bold;
        // Lexend Bold is 6% darker than Atkinson Bold. See PlainZeroTests.
        _digits = Open("Lexend_300Light.ttf");
        _digitsBold = Open("Lexend_700Bold.ttf");
    }

    /// <summary>The friendly fonts beside the running program. Loaded once per process and shared: fonts are read-only.</summary>
    public static FontLibrary Default => For(FontSet.Friendly);

    /// <summary>A theme's fonts beside the running program, loaded once per process per set.</summary>
    public static FontLibrary For(FontSet set) =>
        Shared.GetOrAdd(set, s => new Lazy<FontLibrary>(() => new FontLibrary(ProgramFonts, s))).Value;

    public static FontLibrary Load(string folder) => new(folder, FontSet.Friendly);

    /// <summary>The files this library reads, by name.</summary>
    public FontSet Set { get; }

    /// <summary>The font files in use, for renditions that embed the fonts themselves (the HTML page).</summary>
    internal (string Regular, string Bold, string Italic, string BoldItalic, string Heading, string Arabic, string ArabicBold,
        string Ethiopic, string EthiopicBold) FilePaths =>
        (_regular.Path, _bold.Path, _italic.Path, _boldItalic.Path, _heading.Path, _arabic.Path, _arabicBold.Path, _ethiopic.Path, _ethiopicBold.Path);

    /// <summary>
    /// The plain-zero digit faces (regular, bold) when the body font's zero is slashed, for the HTML page to put
    /// before the body font for digits only; null when the body's own digits read naturally.
    /// </summary>
    /// <remarks>Scale is the size the digit face is drawn at, as a fraction of the body's, so its digits are as tall as the body's own.</remarks>
    internal (string Regular, string Bold, float Scale)? PlainDigits =>
        _regular.SlashedZero ? (_digits.Path, _digitsBold.Path, _regular.DigitHeight / _digits.DigitHeight) : null;

    /// <summary>The fonts to try, in order, for text of this role and style.</summary>
    public IReadOnlyList<FontFace> Chain(FontRole role, InlineStyle style)
    {
        // Only bold and italic choose a face; chains are built once, since every word asks for one.
        var key = (role == FontRole.Heading ? 4 : 0) + (style.HasFlag(InlineStyle.Bold) ? 1 : 0) + (style.HasFlag(InlineStyle.Italic) ? 2 : 0);
        return _chains[key] ??= BuildChain(role, style);
    }

    private FontFace[] BuildChain(FontRole role, InlineStyle style)
    {
        var bold = style.HasFlag(InlineStyle.Bold);
        var italic = style.HasFlag(InlineStyle.Italic);
        var main = role == FontRole.Heading ? _heading
            : bold && italic ? _boldItalic
            : bold ? _bold
            : italic ? _italic
            : _regular;
        var strong = bold || role == FontRole.Heading;
        // Arabic script (Arabic, Pashto, Dari, Kurdish Sorani) and Ethiopic (Tigrinya, Amharic) after the main
        // font; the body font is the last resort: its .notdef box is at least the body's size and colour.
        // Emoji after those (a child's own words often hold a 😀 or a ❤️).
        FontFace[] chain = [main, strong ? _arabicBold : _arabic, strong ? _ethiopicBold : _ethiopic, _emoji, _regular];
        // A slashed zero gives way to plain digits: they come first for digits only (see WordBuilder.Takes).
        return main.SlashedZero ? [main, strong ? _digitsBold : _digits, .. chain[1..]] : chain;
    }

    public void Dispose()
    {
        foreach (var face in new[] { _regular, _bold, _italic, _boldItalic, _heading, _arabic, _arabicBold, _ethiopic, _ethiopicBold, _emoji, _digits, _digitsBold })
            face.Dispose();
    }
}
