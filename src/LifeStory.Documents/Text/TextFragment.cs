using SkiaSharp;

namespace LifeStory.Documents.Text;

/// <summary>Shaped glyphs for a piece of one word in one font, size and colour, ready to place on a line.</summary>
public sealed record TextFragment(FontFace Face, float Size, SKColor Color, string? Link, string Text,
    ushort[] Glyphs, uint[] Clusters, float[] X, float[] Y, float Width)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ShapedText, float, SKColor, string?, FontFace?), TextFragment> Scaled = new();

    /// <summary>How far the line must reach above the baseline for this fragment, in points.</summary>
    public float LineAscent { get; init; } = Face.Ascent * Size;

    /// <summary>How far the line must reach below the baseline for this fragment, in points.</summary>
    public float LineDescent { get; init; } = Face.Descent * Size;

    /// <summary>
    /// How much the glyphs are scaled when drawn, about the fragment's origin on the baseline: 1 for ordinary text;
    /// for stand-in digits, what makes them as tall as the paragraph font's own. <see cref="Size"/> stays the
    /// paragraph's size and <see cref="X"/> and <see cref="Y"/> are positions before this scale (so the glyphs keep
    /// their exact grid); <see cref="Width"/> is after it. Why not a smaller size: a PDF reader (PdfPig) starts a new
    /// word where the font size changes, so "marker07" or "2020," would be read as two words.
    /// </summary>
    public float GlyphScale { get; init; } = 1f;

    /// <summary>
    /// The shaped text at a size and colour. Fragments are immutable, so the same word in the same style is one
    /// object however often it appears: a book repeats its words, and layout allocates far less.
    /// </summary>
    /// <param name="linesFrom">
    /// The face whose ascent and descent the line takes instead of the shaped face's: the paragraph's own font when
    /// digits are set in a stand-in with a plain zero, so a date or phone number does not make its line taller.
    /// The stand-in's glyphs are also scaled so its digits are as tall as this face's (see <see cref="GlyphScale"/>).
    /// </param>
    internal static TextFragment From(ShapedText shaped, float size, SKColor color, string? link, string text, FontFace? linesFrom = null)
    {
        // Bounded like the shaping cache it sits on, so a server that runs for months does not keep every word ever set.
        if (Scaled.Count > 250_000) Scaled.Clear();
        return Scaled.GetOrAdd((shaped, size, color, link, linesFrom), static (key, text) => Create(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5, text), text);
    }

    /// <summary>
    /// Glyph positions and sizes lie on a grid of 1/16,384 of a point (and of an em): see <see cref="Create"/>.
    /// Floats hold multiples of it exactly up to 1,024 points, wider than any page we print.
    /// </summary>
    internal const float Grid = 16384f;

    /// <summary>Points per font unit at a size, on the grid.</summary>
    internal static float ScaleFor(float size, int unitsPerEm) => MathF.Max(1f, MathF.Round(size / unitsPerEm * Grid)) / Grid;

    /// <summary>
    /// Scales the shaped text to a size that is a whole number of 1/16,384 ems per font unit, at most 0.03 pt from
    /// the size asked for. Why: Skia's PDF writer starts a new text move ("x 0 Td") before a glyph unless the
    /// glyph's position minus the last move equals, as an exact float, the sum of the advances it has written
    /// since (size / units-per-em × each glyph's advance in font units). With an arbitrary size those floats
    /// differ in their last bits and every glyph was written as its own move and string: four times the bytes,
    /// and most of the time spent writing a book. On the grid every sum is exact, so a word is one string.
    /// </summary>
    private static TextFragment Create(ShapedText shaped, float size, SKColor color, string? link, FontFace? linesFrom, string text)
    {
        // The line face's metrics at the size its own text would be set at, so the line is exactly as tall as without the stand-in.
        var lines = linesFrom ?? shaped.Face;
        var lineSize = ScaleFor(size, lines.UnitsPerEm) * lines.UnitsPerEm;
        // A stand-in's digits at the height of the line face's own: Lexend's stand tall beside Atkinson's letters,
        // and so look larger and heavier than the words around them.
        var glyphScale = linesFrom is null ? 1f : linesFrom.DigitHeight / shaped.Face.DigitHeight;
        var scale = ScaleFor(size, shaped.Face.UnitsPerEm);
        size = scale * shaped.Face.UnitsPerEm;
        var xs = new float[shaped.X.Length];
        var ys = new float[shaped.Y.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = shaped.X[i] * scale;
            ys[i] = shaped.Y[i] * scale;
        }
        return new TextFragment(shaped.Face, size, color, link, text, shaped.Glyphs, shaped.Clusters, xs, ys, shaped.Advance * scale * glyphScale)
        {
            LineAscent = lines.Ascent * lineSize,
            LineDescent = lines.Descent * lineSize,
            GlyphScale = glyphScale,
        };
    }
}
