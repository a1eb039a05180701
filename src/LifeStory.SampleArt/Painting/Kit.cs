using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>Basic shapes every scene shares, so scenes read as a list of things in the picture.</summary>
public static class Kit
{
    public static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    public static SKPaint Stroke(SKColor color, float width) => new()
    {
        Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round,
    };

    public static void Rect(SKCanvas c, float x, float y, float w, float h, SKColor color)
    {
        using var p = Fill(color);
        c.DrawRect(x, y, w, h, p);
    }

    public static void RoundRect(SKCanvas c, float x, float y, float w, float h, float r, SKColor color)
    {
        using var p = Fill(color);
        c.DrawRoundRect(x, y, w, h, r, r, p);
    }

    public static void Circle(SKCanvas c, float x, float y, float r, SKColor color)
    {
        using var p = Fill(color);
        c.DrawCircle(x, y, r, p);
    }

    public static void Oval(SKCanvas c, float cx, float cy, float rx, float ry, SKColor color)
    {
        using var p = Fill(color);
        c.DrawOval(cx, cy, rx, ry, p);
    }

    public static void Line(SKCanvas c, float x0, float y0, float x1, float y1, SKColor color, float width)
    {
        using var p = Stroke(color, width);
        c.DrawLine(x0, y0, x1, y1, p);
    }

    public static void Polygon(SKCanvas c, SKColor color, params SKPoint[] points)
    {
        using var path = new SKPath();
        path.AddPoly(points, close: true);
        using var p = Fill(color);
        c.DrawPath(path, p);
    }

    /// <summary>A vertical gradient filling a band, used for skies, walls and water.</summary>
    public static void Gradient(SKCanvas c, float x, float y, float w, float h, SKColor top, SKColor bottom)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, y), new SKPoint(0, y + h), [top, bottom], SKShaderTileMode.Clamp);
        using var p = new SKPaint { Shader = shader, IsAntialias = true };
        c.DrawRect(x, y, w, h, p);
    }

    public static void Sky(SKCanvas c, Frame f, float horizon, SKColor top, SKColor bottom) =>
        Gradient(c, 0, 0, f.W, horizon + 2, top, bottom);

    public static void Sun(SKCanvas c, float x, float y, float r)
    {
        // A soft glow first so the sun looks like light rather than a sticker.
        using var glow = SKShader.CreateRadialGradient(new SKPoint(x, y), r * 2.4f,
            [new SKColor(255, 236, 150, 150), new SKColor(255, 236, 150, 0)], SKShaderTileMode.Clamp);
        using var gp = new SKPaint { Shader = glow, IsAntialias = true };
        c.DrawCircle(x, y, r * 2.4f, gp);
        Circle(c, x, y, r, new SKColor(255, 214, 64));
    }

    public static void Cloud(SKCanvas c, float x, float y, float s)
    {
        var white = new SKColor(255, 255, 255, 230);
        Oval(c, x, y, 70 * s, 34 * s, white);
        Circle(c, x - 34 * s, y - 14 * s, 30 * s, white);
        Circle(c, x + 18 * s, y - 26 * s, 38 * s, white);
    }

    /// <summary>Flat ground with blades of grass scattered over it for texture.</summary>
    public static void Grass(SKCanvas c, Frame f, float top, float bottom, SKColor color, Rng rng, int blades = 900)
    {
        Gradient(c, 0, top, f.W, bottom - top, color, Shade(color, 0.78f));
        using var p = Stroke(Shade(color, 0.7f), 1.6f);
        for (var i = 0; i < blades; i++)
        {
            var x = rng.Range(0, f.W);
            var y = rng.Range(top + 6, bottom);
            var h = rng.Range(4, 12) * (0.6f + (y - top) / (bottom - top + 1));
            c.DrawLine(x, y, x + rng.Range(-3, 3), y - h, p);
        }
    }

    public static void Tree(SKCanvas c, float x, float ground, float h, SKColor leaves, Rng rng)
    {
        Rect(c, x - h * 0.05f, ground - h * 0.55f, h * 0.1f, h * 0.55f, new SKColor(121, 85, 61));
        for (var i = 0; i < 7; i++)
        {
            var a = i / 7f * MathF.Tau;
            var r = h * rng.Range(0.16f, 0.22f);
            Circle(c, x + MathF.Cos(a) * h * 0.17f, ground - h * 0.68f + MathF.Sin(a) * h * 0.14f, r, Shade(leaves, rng.Range(0.85f, 1.1f)));
        }
        Circle(c, x, ground - h * 0.7f, h * 0.22f, leaves);
    }

    /// <summary>Makes a colour darker (factor below 1) or lighter (above 1).</summary>
    public static SKColor Shade(SKColor c, float factor) => new(
        (byte)Math.Clamp(c.Red * factor, 0, 255), (byte)Math.Clamp(c.Green * factor, 0, 255),
        (byte)Math.Clamp(c.Blue * factor, 0, 255), c.Alpha);

    public static SKPoint P(float x, float y) => new(x, y);
}
