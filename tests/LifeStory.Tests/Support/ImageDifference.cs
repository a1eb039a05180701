using SkiaSharp;

namespace LifeStory.Tests.Support;

/// <summary>How different two images look: the share of pixels where any channel differs by more than a small step.</summary>
internal static class ImageDifference
{
    private const int Threshold = 40;

    public static double Share(SKBitmap expected, SKBitmap actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height) return 1.0;
        long different = 0;
        for (var y = 0; y < expected.Height; y++)
        for (var x = 0; x < expected.Width; x++)
        {
            var a = expected.GetPixel(x, y);
            var b = actual.GetPixel(x, y);
            if (Math.Abs(a.Red - b.Red) > Threshold || Math.Abs(a.Green - b.Green) > Threshold || Math.Abs(a.Blue - b.Blue) > Threshold)
                different++;
        }
        return (double)different / (expected.Width * expected.Height);
    }
}
