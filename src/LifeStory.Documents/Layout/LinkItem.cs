using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>A clickable area that jumps to a named place in the same document (the contents page's entries).</summary>
public sealed record LinkItem(SKRect Bounds, string Destination) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
