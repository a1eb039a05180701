using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// A picture filling Bounds, showing the Crop part of the upright picture (fractions), with rounded corners,
/// optionally in black and white (for photos a case marks as sensitive).
/// </summary>
public sealed record PictureItem(SKRect Bounds, string Source, SKRect Crop, float CornerRadius, bool Grayscale = false) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
