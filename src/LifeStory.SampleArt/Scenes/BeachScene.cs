using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A day at the seaside: waves, sand, a stripy windbreak, a sandcastle and a child with a bucket.</summary>
public sealed class BeachScene : IScene
{
    public string Name => "beach";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var horizon = 420f;
        var shore = 610f;
        Kit.Sky(c, f, horizon, new SKColor(14, 165, 233), new SKColor(186, 230, 253));
        Kit.Sun(c, f.X(0.8f), 110, 60);
        Kit.Cloud(c, f.X(0.25f), 120, 1.1f);
        Kit.Gradient(c, 0, horizon, f.W, shore - horizon + 20, new SKColor(3, 105, 161), new SKColor(56, 189, 248));
        for (var i = 0; i < 120; i++)
        {
            var y = rng.Range(horizon + 10, shore);
            var x = rng.Range(0, f.W);
            Kit.Line(c, x, y, x + rng.Range(20, 60) * (y - horizon) / 200, y, new SKColor(255, 255, 255, 120), 3);
        }
        // A sailing boat far out.
        Kit.Polygon(c, SKColors.White, Kit.P(f.X(0.15f), horizon + 5), Kit.P(f.X(0.15f), horizon - 80), Kit.P(f.X(0.15f) + 50, horizon + 5));
        Kit.Polygon(c, new SKColor(185, 28, 28), Kit.P(f.X(0.15f) - 30, horizon + 5), Kit.P(f.X(0.15f) + 70, horizon + 5), Kit.P(f.X(0.15f) + 55, horizon + 22), Kit.P(f.X(0.15f) - 18, horizon + 22));

        Kit.Gradient(c, 0, shore, f.W, 1000 - shore, new SKColor(253, 224, 160), new SKColor(234, 190, 120));
        using (var foam = new SKPath())
        {
            foam.MoveTo(0, shore);
            for (var x = 0f; x <= f.W; x += 80) foam.QuadTo(x + 40, shore + 22, x + 80, shore);
            using var p = Kit.Stroke(new SKColor(255, 255, 255, 220), 10);
            c.DrawPath(foam, p);
        }
        for (var i = 0; i < 900; i++)
            Kit.Circle(c, rng.Range(0, f.W), rng.Range(shore + 20, 1000), rng.Range(1, 2.5f), new SKColor(180, 140, 90, 120));

        // Stripy windbreak.
        SKColor[] stripes = [new(239, 68, 68), SKColors.White, new(37, 99, 235)];
        var wx = f.X(0.62f);
        for (var s = 0; s < 6; s++)
        {
            Kit.Rect(c, wx + s * 50, 640, 50, 170, stripes[s % 3]);
            Kit.Rect(c, wx + s * 50 - 4, 620, 8, 210, new SKColor(146, 64, 14));
        }

        // Sandcastle with a flag, and a bucket and spade.
        var sx = f.X(0.22f);
        Kit.Rect(c, sx - 90, 800, 180, 90, new SKColor(217, 170, 100));
        for (var t = -1; t <= 1; t++) Kit.Rect(c, sx + t * 62 - 24, 740, 48, 62, new SKColor(217, 170, 100));
        Kit.Line(c, sx, 740, sx, 650, new SKColor(80, 60, 40), 4);
        Kit.Polygon(c, new SKColor(250, 204, 21), Kit.P(sx, 650), Kit.P(sx + 50, 668), Kit.P(sx, 686));
        Kit.Polygon(c, new SKColor(34, 197, 94), Kit.P(sx + 120, 820), Kit.P(sx + 210, 820), Kit.P(sx + 196, 900), Kit.P(sx + 134, 900));
        Figure.Draw(c, f.X(0.45f), 960, 250, rng.Pick(Looks.Children) with { Top = new SKColor(250, 204, 21) }, wave: true);
    }
}
