using SkiaSharp;

namespace LifeStory.SampleArt.Jpeg;

/// <summary>
/// EXIF orientation (tag 0x0112) says how a viewer must turn the stored pixels to show the picture
/// upright. Phones store the sensor's pixels and set this tag instead of rotating, so a good share of
/// real case photos arrive "sideways". To imitate that we store the inverse of the viewer's transform.
/// </summary>
public static class Orientation
{
    /// <summary>True for 5–8, where the stored picture is the upright one turned on its side.</summary>
    public static bool SwapsAxes(int orientation) => orientation is >= 5 and <= 8;

    /// <summary>The pixels to store so that a viewer applying <paramref name="orientation"/> shows <paramref name="upright"/>.</summary>
    public static SKBitmap ToStored(SKBitmap upright, int orientation)
    {
        if (orientation is < 1 or > 8) throw new ArgumentOutOfRangeException(nameof(orientation));
        var (sw, sh) = SwapsAxes(orientation) ? (upright.Height, upright.Width) : (upright.Width, upright.Height);
        var stored = new SKBitmap(new SKImageInfo(sw, sh, upright.ColorType, upright.AlphaType));
        var src = upright.Pixels;
        var dst = new SKColor[sw * sh];
        for (var sy = 0; sy < sh; sy++)
        {
            for (var sx = 0; sx < sw; sx++)
            {
                var (dx, dy) = Displayed(orientation, sx, sy, sw, sh);
                dst[sy * sw + sx] = src[dy * upright.Width + dx];
            }
        }
        stored.Pixels = dst;
        return stored;
    }

    /// <summary>Where stored pixel (sx, sy) appears once a viewer has applied the orientation (EXIF 2.32, table 4).</summary>
    public static (int X, int Y) Displayed(int orientation, int sx, int sy, int sw, int sh) => orientation switch
    {
        1 => (sx, sy),
        2 => (sw - 1 - sx, sy),                // mirrored left to right
        3 => (sw - 1 - sx, sh - 1 - sy),       // upside down
        4 => (sx, sh - 1 - sy),                // mirrored top to bottom
        5 => (sy, sx),                         // transposed
        6 => (sh - 1 - sy, sx),                // viewer turns it 90° clockwise
        7 => (sh - 1 - sy, sw - 1 - sx),       // transverse
        8 => (sy, sw - 1 - sx),                // viewer turns it 90° anticlockwise
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };
}
