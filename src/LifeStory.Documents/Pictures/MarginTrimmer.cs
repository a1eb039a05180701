using NetVips;
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
        byte[] pixels;
        int width, height;
        try
        {
            // Upright, as every other crop is, and shrunk to about 300 pixels: a 300 dpi A4 scan is 8.7 million
            // pixels where 100 thousand find the margins as well.
            using var upright = PictureDecoder.Open(path, Path.GetFileName(path), (w, h) => (double)SampleSize / Math.Max(w, h));
            var scale = Math.Min(1, (double)SampleSize / Math.Max(upright.Width, upright.Height));
            using var sample = scale < 1 ? upright.Resize(scale, kernel: Enums.Kernel.Linear) : upright.Copy();
            using var rgba = sample.HasAlpha() ? sample.Copy() : sample.Bandjoin(255);
            (width, height) = (rgba.Width, rgba.Height);
            pixels = rgba.WriteToMemory<byte>();
        }
        catch (InvalidDataException)
        {
            return Whole;
        }

        int left = width, top = height, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var i = (y * width + x) * 4;
            var (r, g, b, a) = (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]);
            if (a < 16 || (r > Paper && g > Paper && b > Paper)) continue;
            left = Math.Min(left, x); right = Math.Max(right, x);
            top = Math.Min(top, y); bottom = Math.Max(bottom, y);
        }
        if (right < 0) return Whole;
        var wf = (float)width;
        var hf = (float)height;
        return new SKRect(Math.Max(0, left / wf - Keep), Math.Max(0, top / hf - Keep), Math.Min(1, (right + 1) / wf + Keep), Math.Min(1, (bottom + 1) / hf + Keep));
    }

    public static SKRect Whole { get; } = new(0, 0, 1, 1);
}
