using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>A straight line from (Bounds.Left, Bounds.Top) to (Bounds.Right, Bounds.Bottom): rules, scale bars, timelines, table borders.</summary>
public sealed record LineItem(SKRect Bounds, SKColor Color, float Width, bool Dashed = false) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
