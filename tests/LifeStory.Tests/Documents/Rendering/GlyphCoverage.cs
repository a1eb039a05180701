using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// Compares glyphs by what they cover when filled with the non-zero rule, as every PDF reader fills TrueType
/// glyphs, rather than by their path data: Skia simplifies outlines whose glyph says its contours overlap, so
/// the same letter can come back as different but equivalent paths.
/// </summary>
internal static class GlyphCoverage
{
    /// <summary>
    /// How many pixels differ between the two glyphs drawn at 160 px to the em. Simplifying cuts curves where
    /// contours cross and refits them, which can move an edge by a hair, so a pixel centre lying exactly on it
    /// may fall either side: two or fewer is the same letter.
    /// </summary>
    public const int SameLetter = 2;

    public static int DifferingPixels(SKFont a, SKFont b, ushort glyph)
    {
        var first = Draw(a, glyph);
        var second = Draw(b, glyph);
        return first.Zip(second).Count(p => p.First != p.Second);
    }

    private static byte[] Draw(SKFont font, ushort glyph)
    {
        using var sized = new SKFont(font.Typeface, 100) { Hinting = SKFontHinting.None };
        using var path = sized.GetGlyphPath(glyph);
        path.FillType = SKPathFillType.Winding;
        using var bitmap = new SKBitmap(new SKImageInfo(160, 160, SKColorType.Alpha8));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(20, 130);
            using var paint = new SKPaint { IsAntialias = false, Color = SKColors.Black };
            canvas.DrawPath(path, paint);
        }
        return bitmap.Bytes;
    }
}
