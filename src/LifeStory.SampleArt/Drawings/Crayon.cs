using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Draws the way a child holds a crayon: wobbly lines, gone over twice, and scribbled-in shapes.
/// The waxy look comes later, from <see cref="WaxTexture"/>, which knocks holes in whatever is drawn here.
/// </summary>
public sealed class Crayon(SKCanvas canvas, Rng rng)
{
    public void Line(SKColor color, float width, params SKPoint[] points)
    {
        // Two passes slightly apart, as a child goes back over a line.
        for (var pass = 0; pass < 2; pass++)
        {
            using var path = Wobble(points, pass * 3f);
            using var paint = Kit.Stroke(color.WithAlpha((byte)(pass == 0 ? 235 : 170)), width * (pass == 0 ? 1f : 0.7f));
            paint.StrokeJoin = SKStrokeJoin.Round;
            canvas.DrawPath(path, paint);
        }
    }

    public void Loop(SKColor color, float width, float cx, float cy, float rx, float ry)
    {
        // A circle drawn by hand never quite closes: it overshoots a little.
        var pts = new List<SKPoint>();
        var start = rng.Range(0, MathF.Tau);
        for (var a = 0f; a <= MathF.Tau * 1.08f; a += 0.25f)
            pts.Add(new SKPoint(cx + MathF.Cos(start + a) * rx, cy + MathF.Sin(start + a) * ry));
        Line(color, width, [.. pts]);
    }

    /// <summary>Colours in a box with zig-zag strokes that do not quite reach the edges.</summary>
    public void Scribble(SKColor color, float x, float y, float w, float h, float spacing = 16)
    {
        var pts = new List<SKPoint>();
        var down = true;
        for (var sx = x + 6; sx < x + w - 6; sx += spacing)
        {
            pts.Add(new SKPoint(sx + rng.Range(-4, 4), down ? y + rng.Range(2, 12) : y + h - rng.Range(2, 12)));
            down = !down;
        }
        if (pts.Count > 1) Line(color.WithAlpha(200), spacing * 0.9f, [.. pts]);
    }

    public void StickFigure(float x, float feet, float h, SKColor body, SKColor hair, bool dress, bool waving)
    {
        var headR = h * 0.14f;
        var headY = feet - h + headR;
        var neck = headY + headR;
        var hip = feet - h * 0.38f;
        Loop(new SKColor(60, 40, 30), 5, x, headY, headR, headR * 1.05f);
        Line(hair, 7, new(x - headR, headY - headR * 0.3f), new(x - headR * 0.3f, headY - headR * 1.1f), new(x + headR * 0.5f, headY - headR * 1.05f), new(x + headR, headY - headR * 0.2f));
        // Dot eyes and a big curved smile.
        Line(new SKColor(40, 40, 40), 6, new(x - headR * 0.35f, headY - headR * 0.1f), new(x - headR * 0.33f, headY - headR * 0.05f));
        Line(new SKColor(40, 40, 40), 6, new(x + headR * 0.35f, headY - headR * 0.1f), new(x + headR * 0.37f, headY - headR * 0.05f));
        Line(new SKColor(220, 38, 38), 4, new(x - headR * 0.45f, headY + headR * 0.3f), new(x, headY + headR * 0.6f), new(x + headR * 0.45f, headY + headR * 0.3f));
        if (dress)
        {
            Line(body, 5, new(x, neck), new(x - h * 0.17f, hip + h * 0.05f), new(x + h * 0.17f, hip + h * 0.05f), new(x, neck));
            Scribble(body, x - h * 0.13f, neck + h * 0.08f, h * 0.26f, hip - neck - h * 0.05f, 12);
        }
        else
        {
            Line(body, 6, new(x, neck), new(x, hip));
        }
        Line(body, 5, new(x, hip), new(x - h * 0.1f, feet));
        Line(body, 5, new(x, hip), new(x + h * 0.1f, feet));
        var shoulder = neck + h * 0.1f;
        Line(body, 5, new(x - h * 0.22f, shoulder + h * 0.1f), new(x, shoulder), new(x + h * 0.22f, waving ? shoulder - h * 0.18f : shoulder + h * 0.1f));
    }

    private SKPath Wobble(IReadOnlyList<SKPoint> points, float offset)
    {
        var path = new SKPath();
        var phase = rng.Range(0, 10);
        path.MoveTo(points[0] + new SKPoint(rng.Range(-offset, offset), rng.Range(-offset, offset)));
        for (var i = 1; i < points.Count; i++)
        {
            var a = points[i - 1];
            var b = points[i];
            var len = SKPoint.Distance(a, b);
            var steps = Math.Max(1, (int)(len / 14));
            var normal = len > 0 ? new SKPoint(-(b.Y - a.Y) / len, (b.X - a.X) / len) : SKPoint.Empty;
            for (var s = 1; s <= steps; s++)
            {
                var t = s / (float)steps;
                phase += len / steps / 40f;
                var wobble = MathF.Sin(phase) * 2.5f + MathF.Sin(phase * 2.7f) * 1.2f + offset;
                path.LineTo(a.X + (b.X - a.X) * t + normal.X * wobble, a.Y + (b.Y - a.Y) * t + normal.Y * wobble);
            }
        }
        return path;
    }
}
