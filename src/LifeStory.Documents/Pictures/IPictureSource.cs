using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// The engine's narrow window onto pictures: it asks how big a picture is (to lay it out) and then for
/// the picture prepared at the pixel size its placed size needs (to draw it). It never opens files itself.
/// </summary>
public interface IPictureSource
{
    /// <summary>The picture's upright size in pixels, or null with a reason when it cannot be used.</summary>
    PictureInfo? Describe(string source, out string? problem);

    /// <summary>
    /// The picture upright, cropped to <paramref name="crop"/> (fractions of the upright picture) and sampled to
    /// at most the given pixel size, re-encoded so no metadata from the original file can reach the output.
    /// The same request returns the same image object, so a picture on several pages is stored once.
    /// </summary>
    SKImage Prepare(string source, int pixelWidth, int pixelHeight, SKRect crop);

    /// <summary>The part of a scanned drawing inside its empty paper margins, as fractions; the whole picture by default.</summary>
    SKRect TrimBox(string source) => new(0, 0, 1, 1);
}
