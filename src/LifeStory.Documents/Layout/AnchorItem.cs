using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>A named place in the document (a section's start) that links can jump to. Draws nothing.</summary>
public sealed record AnchorItem(SKRect Bounds, string Name) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
