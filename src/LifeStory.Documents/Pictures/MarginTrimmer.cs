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

        // Turn the sample upright first, so the box is in the same frame as every other crop.
        var swap = Orientation.SwapsAxes(codec.EncodedOrigin);
        using var upright = new SKBitmap(swap ? size.Height : size.Width, swap ? size.Width : size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using (var canvas = new SKCanvas(upright))
        {
            canvas.Clear(SKColors.White);
            canvas.Concat(Orientation.ToUpright(codec.EncodedOrigin, size.Width, size.Height));
            canvas.DrawBitmap(stored, 0, 0);
        }
        int left = upright.Width, top = upright.Height, right = -1, bottom = -1;
        for (var y = 0; y < upright.Height; y++)
        for (var x = 0; x < upright.Width; x++)
        {
            var c = upright.GetPixel(x, y);
            if (c.Alpha < 16 || (c.Red > Paper && c.Green > Paper && c.Blue > Paper)) continue;
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
