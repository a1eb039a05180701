using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>One line of shaped text; Bounds is its line box across the text column.</summary>
public sealed record TextItem(SKRect Bounds, TextLine Line) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = Move(Bounds, dx, dy) };

    /// <summary>The box actually covered by ink-bearing glyph advances, for overlap and margin checks.</summary>
    public SKRect InkBounds => new(Bounds.Left + Line.Offset, Bounds.Top, Bounds.Left + Line.Offset + Line.Width, Bounds.Bottom);

    internal static SKRect Move(SKRect r, float dx, float dy) => new(r.Left + dx, r.Top + dy, r.Right + dx, r.Bottom + dy);
}
