using SkiaSharp;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// One prepared picture as the drawing needs it: which file, how many pixels, which part of the upright picture.
/// Two placements asking for the same request share one prepared image (and one entry in the disk cache).
/// </summary>
public readonly record struct PictureRequest(string Source, int PixelWidth, int PixelHeight, SKRect Crop);
