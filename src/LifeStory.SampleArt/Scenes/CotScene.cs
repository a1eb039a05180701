using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A baby's room: a wooden cot with a sleeping bundle, a big teddy, a mobile and a soft rug.</summary>
public sealed class CotScene : IScene
{
    public string Name => "cot";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        Kit.Gradient(c, 0, 0, f.W, 760, new SKColor(221, 214, 254), new SKColor(237, 233, 254));
        // Polka-dot wallpaper.
        for (var y = 30f; y < 760; y += 70)
            for (var x = (y % 140 == 30 ? 20f : 55f); x < f.W; x += 70)
                Kit.Circle(c, x, y, 8, new SKColor(255, 255, 255, 150));
        Kit.Gradient(c, 0, 760, f.W, 240, new SKColor(214, 180, 140), new SKColor(180, 140, 100));
        Kit.Oval(c, f.CenterX, 900, f.W * 0.42f, 70, new SKColor(244, 114, 182));
        Kit.Oval(c, f.CenterX, 900, f.W * 0.3f, 45, new SKColor(251, 207, 232));

        // The mobile hanging over the cot.
        var mx = f.CenterX;
        Kit.Line(c, mx, 0, mx, 150, new SKColor(120, 120, 120), 3);
        Kit.Line(c, mx - 160, 150, mx + 160, 150, new SKColor(120, 120, 120), 4);
        SKColor[] toys = [new(250, 204, 21), new(56, 189, 248), new(244, 114, 182), new(134, 239, 172)];
        for (var i = 0; i < 4; i++)
        {
            var tx = mx - 160 + i * 106.7f;
            Kit.Line(c, tx, 150, tx, 210 + (i % 2) * 30, new SKColor(120, 120, 120), 2);
            Kit.Circle(c, tx, 230 + (i % 2) * 30, 22, toys[i]);
        }

        // The cot: rails, bars, a mattress and a sleeping bundle.
        var cw = MathF.Min(f.W * 0.7f, 800);
        var left = f.CenterX - cw / 2;
        var wood = new SKColor(222, 184, 135);
        Kit.Rect(c, left, 400, 20, 480, Kit.Shade(wood, 0.85f));
        Kit.Rect(c, left + cw - 20, 400, 20, 480, Kit.Shade(wood, 0.85f));
        Kit.RoundRect(c, left + 20, 560, cw - 40, 80, 20, SKColors.White);
        Kit.Oval(c, f.CenterX - 60, 560, 150, 50, new SKColor(253, 224, 71));
        Kit.Circle(c, f.CenterX + 110, 555, 48, new SKColor(250, 218, 190));
        Kit.Oval(c, f.CenterX + 110, 520, 44, 18, new SKColor(236, 190, 96));
        using (var eyes = Kit.Stroke(new SKColor(60, 40, 40), 4))
        {
            c.DrawLine(f.CenterX + 88, 555, f.CenterX + 100, 555, eyes);
            c.DrawLine(f.CenterX + 120, 555, f.CenterX + 132, 555, eyes);
        }
        Kit.Rect(c, left, 420, cw, 24, wood);
        Kit.Rect(c, left, 760, cw, 24, wood);
        for (var x = left + 40; x < left + cw - 30; x += 46) Kit.Rect(c, x, 444, 14, 316, wood);

        Teddy(c, f.X(f.IsPortrait ? 0.5f : 0.84f), f.IsPortrait ? 880 : 820, f.IsPortrait ? 0.9f : 1.2f);
    }

    private static void Teddy(SKCanvas c, float x, float y, float s)
    {
        var fur = new SKColor(180, 120, 70);
        var light = new SKColor(230, 190, 140);
        Kit.Circle(c, x - 70 * s, y - 200 * s, 30 * s, fur);
        Kit.Circle(c, x + 70 * s, y - 200 * s, 30 * s, fur);
        Kit.Oval(c, x, y - 40 * s, 95 * s, 110 * s, fur);
        Kit.Oval(c, x, y - 30 * s, 55 * s, 65 * s, light);
        Kit.Circle(c, x - 90 * s, y + 50 * s, 36 * s, fur);
        Kit.Circle(c, x + 90 * s, y + 50 * s, 36 * s, fur);
        Kit.Circle(c, x, y - 160 * s, 80 * s, fur);
        Kit.Oval(c, x, y - 135 * s, 34 * s, 26 * s, light);
        Kit.Circle(c, x, y - 145 * s, 10 * s, new SKColor(40, 30, 30));
        Kit.Circle(c, x - 30 * s, y - 180 * s, 8 * s, new SKColor(40, 30, 30));
        Kit.Circle(c, x + 30 * s, y - 180 * s, 8 * s, new SKColor(40, 30, 30));
        Kit.Polygon(c, new SKColor(220, 38, 38), Kit.P(x, y - 95 * s), Kit.P(x - 50 * s, y - 120 * s), Kit.P(x - 50 * s, y - 70 * s));
        Kit.Polygon(c, new SKColor(220, 38, 38), Kit.P(x, y - 95 * s), Kit.P(x + 50 * s, y - 120 * s), Kit.P(x + 50 * s, y - 70 * s));
    }
}
