using LifeStory.SampleArt.Catalog;
using SkiaSharp;

namespace LifeStory.SampleArt;

/// <summary>
/// Checks each written photo the way a viewer sees it: decode, apply the EXIF origin Skia reports
/// (an independent route from our own <see cref="Jpeg.Orientation"/>), and compare with the upright scene.
/// </summary>
public static class PhotoVerifier
{
    /// <summary>Mean difference per channel (0..255) above which the photo does not show upright.</summary>
    private const double MaxUprightDifference = 6;

    public static bool Verify(string samplesFolder)
    {
        var ok = true;
        foreach (var sample in SampleGenerator.Cases)
        {
            foreach (var photo in sample.Photos)
            {
                var path = Path.Combine(samplesFolder, sample.Folder, photo.File);
                using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"Cannot decode {path}");
                using var stored = SKBitmap.Decode(codec);
                var origin = (int)codec.EncodedOrigin;
                using var shown = ApplyOrigin(stored, codec.EncodedOrigin);
                using var upright = SampleGenerator.RenderUpright(photo);
                var diff = shown.Width == upright.Width && shown.Height == upright.Height ? MeanDifference(shown, upright) : double.PositiveInfinity;
                var good = origin == photo.Meta.Orientation && diff < MaxUprightDifference;
                ok &= good;
                // For comparison: how far off a viewer that ignores the tag would be (only when the sizes match).
                var ignored = origin != 1 && stored.Width == upright.Width ? $", ignoring the tag {MeanDifference(stored, upright):F2}" : "";
                Console.WriteLine($"{(good ? "ok  " : "FAIL")} {sample.Folder}/{photo.File}: orientation {origin}, stored {stored.Width}x{stored.Height}, " +
                    $"shown upright differs by {diff:F2}{ignored}");
            }
        }
        return ok;
    }

    /// <summary>Skia's SkEncodedOriginToMatrix, written out: maps stored pixels to where a viewer shows them.</summary>
    public static SKBitmap ApplyOrigin(SKBitmap stored, SKEncodedOrigin origin)
    {
        float w = stored.Width, h = stored.Height;
        var swap = (int)origin >= 5;
        var m = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var shown = new SKBitmap(swap ? stored.Height : stored.Width, swap ? stored.Width : stored.Height);
        using var canvas = new SKCanvas(shown);
        canvas.SetMatrix(m);
        canvas.DrawBitmap(stored, 0, 0);
        return shown;
    }

    public static double MeanDifference(SKBitmap a, SKBitmap b)
    {
        var pa = a.Pixels;
        var pb = b.Pixels;
        long total = 0;
        for (var i = 0; i < pa.Length; i++)
            total += Math.Abs(pa[i].Red - pb[i].Red) + Math.Abs(pa[i].Green - pb[i].Green) + Math.Abs(pa[i].Blue - pb[i].Blue);
        return total / (3.0 * pa.Length);
    }
}
