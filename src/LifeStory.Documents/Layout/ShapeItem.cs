using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>A filled and/or outlined rounded rectangle: panels, speech bubbles, frames, dividers, placeholders.</summary>
public sealed record ShapeItem(SKRect Bounds, SKColor? Fill, float CornerRadius = 0, SKColor? Stroke = null, float StrokeWidth = 0) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
