using HarfBuzzSharp;
using SkiaSharp;

namespace LifeStory.Documents.Text;

/// <summary>
/// One font file, opened once for both jobs: HarfBuzz shapes with it and Skia draws with it. HarfBuzz's scale
/// is set to the font's units per em, so shaped advances are in font units and scale linearly to any size.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    /// <param name="ligatures">
    /// False turns off optional ligatures: a display face's joined "ll" is harder for early readers to take
    /// apart, and some PDF readers then lose the letters when copying. Required ligatures (Arabic) stay on.
    /// </param>
    public FontFace(string path, bool ligatures = true)
    {
        Path = path;
        Ligatures = ligatures;
        Typeface = SKTypeface.FromFile(path) ?? throw new InvalidDataException($"The font file '{path}' could not be read.");
        _blob = Blob.FromFile(path);
        _face = new Face(_blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        Shaping = new HarfBuzzSharp.Font(_face);
        Shaping.SetScale(UnitsPerEm, UnitsPerEm);
        using var font = new SKFont(Typeface, UnitsPerEm);
        var metrics = font.Metrics;
        // Ascent is negative in Skia's y-down coordinates; keep both as positive distances in em units.
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    public string Path { get; }
    public bool Ligatures { get; }
    public SKTypeface Typeface { get; }
    internal HarfBuzzSharp.Font Shaping { get; }

    /// <summary>The HarfBuzz face, for the PDF writer to cut a subset of the font from.</summary>
    internal Face HarfBuzzFace => _face;
    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of tall glyphs, as a fraction of the font size.</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of descenders, as a fraction of the font size.</summary>
    public float Descent { get; }

    public bool Covers(int codePoint) => Shaping.TryGetGlyph(codePoint, out _);

    /// <summary>
    /// The font's zero is slashed or dotted (its outline has more than the two rings of a plain 0, as Atkinson
    /// Hyperlegible's does, with no OpenType form without the slash). A child reading "10 May 2020" sees a
    /// strange letter, so body text takes its digits from a font with a plain zero.
    /// </summary>
    public bool SlashedZero => _slashedZero ??= ZeroContours() > 2;

    private bool? _slashedZero;

    /// <summary>
    /// How tall the font draws its digits, as a fraction of the font size: the outline height of "0". A stand-in's
    /// digits are scaled by the ratio of two of these so a date is as tall as the letters around it.
    /// </summary>
    public float DigitHeight => _digitHeight ??= ZeroHeight();

    private float? _digitHeight;

    private float ZeroHeight()
    {
        if (!Shaping.TryGetGlyph('0', out var glyph)) return Ascent;
        using var font = new SKFont(Typeface, UnitsPerEm);
        using var path = font.GetGlyphPath((ushort)glyph);
        return path is null || path.TightBounds.Height <= 0 ? Ascent : path.TightBounds.Height / UnitsPerEm;
    }

    private int ZeroContours()
    {
        if (!Shaping.TryGetGlyph('0', out var glyph)) return 0;
        using var font = new SKFont(Typeface, UnitsPerEm);
        using var path = font.GetGlyphPath((ushort)glyph);
        if (path is null) return 0;
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        var contours = 0;
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
            if (verb == SKPathVerb.Move) contours++;
        return contours;
    }

    public void Dispose()
    {
        Shaping.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
