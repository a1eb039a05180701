using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Finds the part of a scanned drawing that holds the drawing: the box inside the near-white (or transparent)
/// paper margins, as fractions of the upright picture, with a little paper kept around it. A small decode is
/// plenty to find it, so trimming costs almost nothing.
/// </summary>
internal static class MarginTrimmer
{
    private const int SampleSize = 300;
    private const int Paper = 232;
    private const float Keep = 0.02f;

    public static SKRect Find(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null) return Whole;
        var scale = Math.Min(1f, (float)SampleSize / Math.Max(codec.Info.Width, codec.Info.Height));
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul, SKColorSpace.CreateSrgb());
        using var stored = new SKBitmap(info);
        if (codec.GetPixels(info, stored.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return Whole;

        // Turn the sample upright first, so the box is in the same frame as every other crop, and shrink it to
        // about 300 pixels: formats without scaled decoding (PNG) arrive whole, and a 300 dpi A4 scan is 8.7
        // million pixels where 100 thousand find the margins as well.
        var swap = Orientation.SwapsAxes(codec.EncodedOrigin);
        var shrink = Math.Min(1f, (float)SampleSize / Math.Max(size.Width, size.Height));
        var (sw, sh) = (Math.Max(1, (int)(size.Width * shrink)), Math.Max(1, (int)(size.Height * shrink)));
        using var upright = new SKBitmap(swap ? sh : sw, swap ? sw : sh, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using (var canvas = new SKCanvas(upright))
        using (var image = SKImage.FromBitmap(stored))
        {
            canvas.Clear(SKColors.White);
            canvas.Concat(Orientation.ToUpright(codec.EncodedOrigin, sw, sh));
            canvas.DrawImage(image, new SKRect(0, 0, sw, sh), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        int left = upright.Width, top = upright.Height, right = -1, bottom = -1;
        var pixels = upright.GetPixelSpan();
        var stride = upright.RowBytes;
        for (var y = 0; y < upright.Height; y++)
        for (var x = 0; x < upright.Width; x++)
        {
            var i = y * stride + x * 4;
            var (r, g, b, a) = (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]);
            if (a < 16 || (r > Paper && g > Paper && b > Paper)) continue;
            left = Math.Min(left, x); right = Math.Max(right, x);
            top = Math.Min(top, y); bottom = Math.Max(bottom, y);
        }
        if (right < 0) return Whole;
        var w = (float)upright.Width;
        var h = (float)upright.Height;
        return new SKRect(Math.Max(0, left / w - Keep), Math.Max(0, top / h - Keep), Math.Min(1, (right + 1) / w + Keep), Math.Min(1, (bottom + 1) / h + Keep));
    }

    public static SKRect Whole { get; } = new(0, 0, 1, 1);
}
