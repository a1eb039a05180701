using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Layout;

/// <summary>A picture source with no pictures: every picture is reported missing.</summary>
internal sealed class NoPictures : IPictureSource
{
    public static NoPictures Instance { get; } = new();

    public PictureInfo? Describe(string source, out string? problem)
    {
        problem = $"The picture '{source}' was not found.";
        return null;
    }

    public SKImage Prepare(string source, int pixelWidth, int pixelHeight, SKRect crop) =>
        throw new InvalidOperationException("No pictures here.");
}
