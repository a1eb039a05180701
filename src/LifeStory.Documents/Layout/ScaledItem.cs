using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Something taller than a whole page, drawn smaller so it fits: the last resort that keeps the promise
/// that nothing is ever cut. Items are relative to the group's top-left and drawn at Scale.
/// </summary>
public sealed record ScaledItem(SKRect Bounds, IReadOnlyList<PageItem> Items, float Scale) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
