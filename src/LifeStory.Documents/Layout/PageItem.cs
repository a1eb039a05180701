using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>Something drawn on a page at a fixed place, in points from the page's top-left corner.</summary>
public abstract record PageItem(SKRect Bounds)
{
    /// <summary>The same item moved; boxes are laid out at the origin and moved into place by the paginator.</summary>
    public abstract PageItem Offset(float dx, float dy);
}
