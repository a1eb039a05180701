using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A birthday cake with seven lit candles, balloons and bunting.</summary>
public sealed class BirthdayCakeScene : IScene
{
    private static readonly SKColor[] Party = [new(239, 68, 68), new(250, 204, 21), new(59, 130, 246), new(34, 197, 94), new(236, 72, 153), new(168, 85, 247)];

    public string Name => "birthday-cake";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        // Warm indoor wall with a tablecloth in front.
        Kit.Gradient(c, 0, 0, f.W, 640, new SKColor(254, 243, 199), new SKColor(253, 230, 138));
        for (var x = 0f; x < f.W; x += 60) Kit.Rect(c, x, 0, 24, 640, new SKColor(255, 255, 255, 50));
        Kit.Gradient(c, 0, 640, f.W, 360, new SKColor(244, 114, 182), new SKColor(219, 39, 119));
        for (var x = 0f; x < f.W; x += 80)
            for (var y = 660f; y < 1000; y += 80)
                Kit.Circle(c, x + (y % 160 == 0 ? 40 : 0), y, 12, new SKColor(255, 255, 255, 120));

        // Bunting across the top.
        var flags = (int)(f.W / 90);
        for (var i = 0; i < flags; i++)
        {
            var x = i * 90f + 20;
            var sag = 40 * MathF.Sin(i / (float)(flags - 1) * MathF.PI);
            Kit.Polygon(c, Party[i % Party.Length], Kit.P(x, 40 + sag), Kit.P(x + 70, 40 + sag), Kit.P(x + 35, 130 + sag));
        }

        for (var i = 0; i < 5; i++)
        {
            var bx = i < 3 ? f.X(0.06f) + i * 70 : f.X(0.8f) + (i - 3) * 80;
            var by = 250 + rng.Range(-40, 40);
            Kit.Line(c, bx, by + 80, bx + rng.Range(-30, 30), 640, new SKColor(120, 120, 120), 2);
            Kit.Oval(c, bx, by, 55, 72, Party[(i + 2) % Party.Length]);
            Kit.Oval(c, bx - 18, by - 28, 12, 20, new SKColor(255, 255, 255, 110));
        }

        // The cake: plate, two sponge layers, icing drips, sprinkles and candles.
        var cx = f.CenterX;
        var cw = MathF.Min(f.W * 0.6f, 560);
        Kit.Oval(c, cx, 820, cw * 0.62f, 50, new SKColor(241, 245, 249));
        Kit.RoundRect(c, cx - cw / 2, 640, cw, 170, 30, new SKColor(180, 120, 80));
        Kit.Rect(c, cx - cw / 2, 715, cw, 18, new SKColor(254, 240, 245));
        Kit.RoundRect(c, cx - cw / 2, 560, cw, 100, 40, new SKColor(255, 228, 240));
        for (var x = cx - cw / 2 + 30; x < cx + cw / 2 - 20; x += 44)
            Kit.RoundRect(c, x, 630, 26, rng.Range(30, 70), 13, new SKColor(255, 228, 240));
        for (var i = 0; i < 60; i++)
            Kit.RoundRect(c, cx + rng.Range(-cw * 0.45f, cw * 0.45f), rng.Range(575, 640), 12, 4, 2, rng.Pick(Party));

        const int candles = 7;
        for (var i = 0; i < candles; i++)
        {
            var x = cx - cw * 0.38f + i * cw * 0.76f / (candles - 1);
            var y = 575 - (i % 2) * 14;
            Kit.Rect(c, x - 9, y - 110, 18, 110, Party[i % Party.Length]);
            for (var s = 0; s < 4; s++) Kit.Line(c, x - 9, y - 100 + s * 26, x + 9, y - 90 + s * 26, new SKColor(255, 255, 255, 160), 4);
            Kit.Circle(c, x, y - 140, 34, new SKColor(255, 220, 120, 70));
            Kit.Oval(c, x, y - 135, 11, 22, new SKColor(251, 146, 60));
            Kit.Oval(c, x, y - 130, 6, 12, new SKColor(254, 240, 138));
        }
    }
}
