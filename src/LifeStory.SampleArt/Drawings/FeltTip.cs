using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Draws the way a grown-up draws with felt-tip pens for a child: even, confident lines with only the
/// slightest wobble of a careful hand, colour put in with a broad marker in neat slanted strokes, and
/// printed words. Ink is multiplied into the paper, so where strokes cross, the colour gets deeper.
/// </summary>
public sealed class FeltTip(SKCanvas canvas, Rng rng)
{
    /// <summary>A fine-liner nib: thinner than a crayon and the same width all along.</summary>
    public const float Nib = 4.5f;

    /// <summary>The broad nib used for colouring in.</summary>
    private const float Marker = 16f;

    public SKCanvas Canvas => canvas;

    /// <summary>Goes over every contour of a path with the pen.</summary>
    public void Outline(SKPath path, SKColor ink, float width = Nib, float wobble = 1f)
    {
        using var drawn = Wobble(path, wobble);
        using var paint = Ink(ink, width);
        canvas.DrawPath(drawn, paint);
    }

    /// <summary>A line through the points with corners, like a ruler-free box or a zig-zag.</summary>
    public void Line(SKColor ink, float width, params SKPoint[] points)
    {
        using var path = new SKPath();
        path.AddPoly(points, close: false);
        Outline(path, ink, width);
    }

    /// <summary>A smooth line through the points, as a hand draws a hill or a curl.</summary>
    public void Curve(SKColor ink, float width, params SKPoint[] points)
    {
        using var path = Smooth(points);
        Outline(path, ink, width);
    }

    /// <summary>A ring drawn in one go: it starts anywhere and overlaps itself a little where it ends.</summary>
    public void Ellipse(SKColor ink, float width, float cx, float cy, float rx, float ry)
    {
        using var path = Ring(cx, cy, rx, ry);
        Outline(path, ink, width);
    }

    public void Dot(SKColor ink, float x, float y, float r)
    {
        using var paint = Ink(ink, 1);
        paint.Style = SKPaintStyle.Fill;
        canvas.DrawCircle(x, y, r, paint);
    }

    /// <summary>Colours a shape in with slanted marker strokes, kept neatly inside the lines.</summary>
    public void ColourIn(SKPath shape, SKColor colour, float strength = 0.5f)
    {
        var bounds = shape.Bounds;
        if (bounds.Width <= 0 || bounds.Height <= 0) return;
        canvas.Save();
        canvas.ClipPath(shape, SKClipOperation.Intersect, antialias: true);
        using var paint = Ink(colour.WithAlpha((byte)(255 * strength)), Marker);
        paint.StrokeCap = SKStrokeCap.Round;
        // Soft stroke edges inside a shape add nothing you can see at print size, only bytes to the scan.
        paint.IsAntialias = false;
        // Strokes rise to the right at about 60 degrees, as a right hand colours.
        var slant = 0.55f + rng.Range(-0.08f, 0.08f);
        var spacing = Marker * 0.86f;
        var reach = bounds.Height * slant;
        for (var x = bounds.Left - reach - Marker; x < bounds.Right + Marker; x += spacing)
        {
            var x0 = x + rng.Range(-1.5f, 1.5f);
            var lean = rng.Range(-0.006f, 0.006f);
            canvas.DrawLine(x0, bounds.Bottom + Marker, x0 + (bounds.Height + 2 * Marker) * (slant + lean), bounds.Top - Marker, paint);
        }
        canvas.Restore();
    }

    /// <summary>
    /// Draws something that stands behind <paramref name="cover"/>: a person behind a table, a dress behind a teddy.
    /// Ink cannot hide ink, so the pen simply stops at the covering shape, as it does on paper.
    /// </summary>
    public void Behind(SKPath cover, Action draw)
    {
        canvas.Save();
        canvas.ClipPath(cover, SKClipOperation.Difference, antialias: true);
        draw();
        canvas.Restore();
    }

    /// <summary>Prints words with a fine liner, centred on <paramref name="x"/>, letters <paramref name="size"/> tall.</summary>
    public void Write(string text, SKColor ink, float x, float baseline, float size, float width = 3.5f)
    {
        var scale = size / HandLettering.CapHeight;
        var pen = x - HandLettering.Measure(text) * scale / 2;
        foreach (var ch in text)
        {
            using var glyph = HandLettering.Glyph(ch);
            if (glyph is not null)
            {
                var m = SKMatrix.CreateScale(scale, scale);
                m = m.PostConcat(SKMatrix.CreateRotationDegrees(rng.Range(-3f, 3f)));
                m = m.PostConcat(SKMatrix.CreateTranslation(pen, baseline + rng.Range(-1.2f, 1.2f)));
                using var placed = new SKPath();
                glyph.Transform(m, placed);
                Outline(placed, ink, width, wobble: 0.35f);
            }
            pen += HandLettering.Advance(ch) * scale;
        }
    }

    /// <summary>A closed ring path, for outlining and colouring the same shape.</summary>
    public SKPath Ring(float cx, float cy, float rx, float ry)
    {
        var path = new SKPath();
        var start = rng.Range(0, MathF.Tau);
        const int Steps = 64;
        for (var i = 0; i <= Steps * 1.04f; i++)
        {
            var a = start + i * MathF.Tau / Steps;
            var p = new SKPoint(cx + MathF.Cos(a) * rx, cy + MathF.Sin(a) * ry);
            if (i == 0) path.MoveTo(p);
            else path.LineTo(p);
        }
        return path;
    }

    /// <summary>Catmull-Rom through the points, so a few points give a soft hand-drawn curve.</summary>
    public static SKPath Smooth(IReadOnlyList<SKPoint> points, bool close = false)
    {
        var path = new SKPath();
        var n = points.Count;
        path.MoveTo(points[0]);
        var segments = close ? n : n - 1;
        for (var i = 0; i < segments; i++)
        {
            var p0 = points[close ? (i - 1 + n) % n : Math.Max(i - 1, 0)];
            var p1 = points[i];
            var p2 = points[(i + 1) % n];
            var p3 = points[close ? (i + 2) % n : Math.Min(i + 2, n - 1)];
            path.CubicTo(
                p1.X + (p2.X - p0.X) / 6, p1.Y + (p2.Y - p0.Y) / 6,
                p2.X - (p3.X - p1.X) / 6, p2.Y - (p3.Y - p1.Y) / 6,
                p2.X, p2.Y);
        }
        if (close) path.Close();
        return path;
    }

    private static SKPaint Ink(SKColor colour, float width)
    {
        var paint = Kit.Stroke(colour, width);
        paint.StrokeJoin = SKStrokeJoin.Round;
        paint.BlendMode = SKBlendMode.Multiply;
        return paint;
    }

    /// <summary>Walks each contour in small steps and nudges it sideways by a slow, gentle wave.</summary>
    private SKPath Wobble(SKPath path, float amount)
    {
        var result = new SKPath();
        using var measure = new SKPathMeasure(path, forceClosed: false);
        do
        {
            var length = measure.Length;
            if (length <= 0) continue;
            var phase = rng.Range(0, MathF.Tau);
            var steps = Math.Max(2, (int)(length / 5));
            for (var s = 0; s <= steps; s++)
            {
                var d = length * s / steps;
                if (!measure.GetPositionAndTangent(d, out var at, out var tangent)) continue;
                var sway = amount * (MathF.Sin(phase + d / 38f) * 0.8f + MathF.Sin(phase * 1.7f + d / 11f) * 0.3f);
                var p = new SKPoint(at.X - tangent.Y * sway, at.Y + tangent.X * sway);
                if (s == 0) result.MoveTo(p);
                else result.LineTo(p);
            }
            if (measure.IsClosed) result.Close();
        }
        while (measure.NextContour());
        return result;
    }
}
