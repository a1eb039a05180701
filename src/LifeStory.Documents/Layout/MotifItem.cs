using LifeStory.Documents.Decorations;
using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// A decoration: the child's chosen motif drawn as vector shapes, as large as fits in Bounds (centred, never
/// stretched), turned Rotation degrees clockwise about its centre and drawn at Opacity (1 is solid). However it
/// is turned, nothing is drawn outside Bounds. <see cref="DecorationLayout"/> makes these for covers and pages.
/// </summary>
public sealed record MotifItem(SKRect Bounds, Motif Motif, SKColor Colour, float Rotation = 0, float Opacity = 1) : PageItem(Bounds)
{
    public override PageItem Offset(float dx, float dy) => this with { Bounds = TextItem.Move(Bounds, dx, dy) };
}
