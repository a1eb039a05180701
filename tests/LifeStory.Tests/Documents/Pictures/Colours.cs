using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

internal static class Colours
{
    /// <summary>JPEG and HEVC compression shift colours a little; the colours these tests tell apart stay far apart.</summary>
    public static void AssertNear(SKColor expected, SKColor actual, int slack = 40) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= slack && Math.Abs(expected.Green - actual.Green) <= slack
            && Math.Abs(expected.Blue - actual.Blue) <= slack, $"Expected {expected}, got {actual}.");
}
