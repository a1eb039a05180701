using SkiaSharp;

namespace LifeStory.SampleArt.Painting;

/// <summary>Parts of buildings shared by the home, school and street scenes.</summary>
public static class Building
{
    public static readonly SKColor Frame = new(250, 250, 245);

    public static void Window(SKCanvas c, float x, float y, float w, float h, bool curtains = true)
    {
        Kit.Rect(c, x - 5, y - 5, w + 10, h + 10, Frame);
        Kit.Gradient(c, x, y, w, h, new SKColor(186, 230, 253), new SKColor(125, 180, 222));
        // A pale diagonal reflection makes flat glass read as glass.
        Kit.Polygon(c, new SKColor(255, 255, 255, 80), Kit.P(x + w * 0.15f, y + h), Kit.P(x + w * 0.55f, y), Kit.P(x + w * 0.75f, y), Kit.P(x + w * 0.35f, y + h));
        if (curtains)
        {
            Kit.Rect(c, x, y, w * 0.18f, h, new SKColor(244, 114, 182, 200));
            Kit.Rect(c, x + w * 0.82f, y, w * 0.18f, h, new SKColor(244, 114, 182, 200));
        }
        Kit.Line(c, x + w / 2, y, x + w / 2, y + h, Frame, 4);
        Kit.Line(c, x, y + h / 2, x + w, y + h / 2, Frame, 4);
    }

    public static void Door(SKCanvas c, float x, float y, float w, float h, SKColor color)
    {
        Kit.Rect(c, x - 5, y - 5, w + 10, h + 5, Frame);
        Kit.Rect(c, x, y, w, h, color);
        Kit.Rect(c, x + w * 0.15f, y + h * 0.1f, w * 0.7f, h * 0.3f, Kit.Shade(color, 0.85f));
        Kit.Rect(c, x + w * 0.15f, y + h * 0.5f, w * 0.7f, h * 0.4f, Kit.Shade(color, 0.85f));
        Kit.Circle(c, x + w * 0.82f, y + h * 0.55f, w * 0.06f, new SKColor(234, 179, 8));
    }

    /// <summary>Brick courses with mortar lines and slightly varied bricks, for texture.</summary>
    public static void Bricks(SKCanvas c, float x, float y, float w, float h, SKColor brick, Rng rng)
    {
        Kit.Rect(c, x, y, w, h, brick);
        const float bh = 16, bw = 44;
        var mortar = new SKColor(222, 205, 190);
        c.Save();
        c.ClipRect(new SKRect(x, y, x + w, y + h));
        var row = 0;
        for (var by = y; by < y + h; by += bh, row++)
        {
            for (var bx = x - (row % 2) * bw / 2; bx < x + w; bx += bw)
                Kit.Rect(c, bx + 1.5f, by + 1.5f, bw - 3, bh - 3, Kit.Shade(brick, rng.Range(0.88f, 1.1f)));
            Kit.Line(c, x, by, x + w, by, mortar, 1.5f);
        }
        c.Restore();
    }

    public static void Roof(SKCanvas c, float left, float right, float eaves, float ridge, float overhang, SKColor tile)
    {
        Kit.Polygon(c, tile, Kit.P(left - overhang, eaves), Kit.P(left + overhang * 2, ridge), Kit.P(right - overhang * 2, ridge), Kit.P(right + overhang, eaves));
        for (var y = ridge + 14; y < eaves; y += 14)
            Kit.Line(c, left, y, right, y, Kit.Shade(tile, 0.8f), 1.5f);
    }

    public static void Pavement(SKCanvas c, Frame f, float top, float bottom)
    {
        Kit.Rect(c, 0, top, f.W, bottom - top, new SKColor(176, 176, 170));
        for (var x = 0f; x < f.W; x += 90)
            Kit.Line(c, x, top, x - 30, bottom, new SKColor(150, 150, 146), 2);
    }
}
