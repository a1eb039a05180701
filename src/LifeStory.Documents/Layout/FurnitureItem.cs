using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Page furniture: a background, a coloured band, a running header. It may sit in the margins or bleed to the
/// page's edge, unlike the flow's content, which stays inside the printable area.
/// </summary>
public sealed record FurnitureItem(PageItem Inner) : PageItem(Inner.Bounds)
{
    public override PageItem Offset(float dx, float dy) => new FurnitureItem(Inner.Offset(dx, dy));
}
