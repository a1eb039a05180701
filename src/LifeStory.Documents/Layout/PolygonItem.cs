using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>A filled polygon, such as the tail of a speech bubble or a scale marker.</summary>
public sealed record PolygonItem(SKRect Bounds, IReadOnlyList<SKPoint> Points, SKColor Fill) : PageItem(Bounds)
{
    public static PolygonItem Of(SKColor fill, params SKPoint[] points)
    {
        var bounds = new SKRect(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        return new PolygonItem(bounds, points, fill);
    }

    public override PageItem Offset(float dx, float dy) => new PolygonItem(TextItem.Move(Bounds, dx, dy),
        Points.Select(p => new SKPoint(p.X + dx, p.Y + dy)).ToList(), Fill);
}
