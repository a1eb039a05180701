using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Items drawn turned about the centre of Bounds: a watermark across the page. Items are laid out relative to
/// that centre, unturned, and turned only when drawn.
/// </summary>
public sealed record RotatedItem(SKRect Bounds, float Degrees, IReadOnlyList<PageItem> Items) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
