using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A striped football pitch with a goal, a ball in flight and players in team colours.</summary>
public sealed class FootballScene : IScene
{
    public string Name => "football";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var horizon = 380f;
        Kit.Sky(c, f, horizon, new SKColor(59, 130, 246), new SKColor(191, 219, 254));
        Kit.Cloud(c, f.X(0.3f), 100, 1.2f);
        Kit.Cloud(c, f.X(0.7f), 160, 0.9f);
        // Trees behind the pitch, then floodlights.
        for (var x = -40f; x < f.W + 60; x += 110)
            Kit.Circle(c, x, horizon - rng.Range(10, 50), rng.Range(60, 90), Kit.Shade(new SKColor(34, 120, 60), rng.Range(0.8f, 1.1f)));
        foreach (var lx in new[] { f.X(0.08f), f.X(0.92f) })
        {
            Kit.Line(c, lx, horizon + 10, lx, 60, new SKColor(120, 120, 130), 10);
            Kit.RoundRect(c, lx - 50, 40, 100, 40, 6, new SKColor(226, 232, 240));
        }

        // Mown stripes get wider towards us, like real perspective.
        for (var i = 0; i < 10; i++)
        {
            var y0 = horizon + MathF.Pow(i / 10f, 1.4f) * (1000 - horizon);
            var y1 = horizon + MathF.Pow((i + 1) / 10f, 1.4f) * (1000 - horizon);
            Kit.Rect(c, 0, y0, f.W, y1 - y0 + 1, i % 2 == 0 ? new SKColor(74, 170, 70) : new SKColor(92, 190, 84));
        }
        for (var i = 0; i < 1500; i++)
        {
            var x = rng.Range(0, f.W);
            var y = rng.Range(horizon, 1000);
            Kit.Line(c, x, y, x + rng.Range(-2, 2), y - 3 - (y - horizon) / 60, new SKColor(40, 110, 40, 140), 1.4f);
        }
        var line = new SKColor(255, 255, 255, 230);
        Kit.Line(c, 0, horizon + 60, f.W, horizon + 60, line, 5);
        Kit.Line(c, f.X(0.15f), horizon + 60, f.X(0.05f), 1000, line, 6);

        // The goal, with its net.
        var gl = f.X(0.55f);
        var gr = f.X(0.9f);
        var gt = horizon - 40;
        var gb = horizon + 120;
        using (var net = Kit.Stroke(new SKColor(255, 255, 255, 140), 1.5f))
        {
            for (var x = gl; x <= gr; x += 18) c.DrawLine(x, gt, x, gb, net);
            for (var y = gt; y <= gb; y += 18) c.DrawLine(gl, y, gr, y, net);
        }
        Kit.Line(c, gl, gb, gl, gt, SKColors.White, 10);
        Kit.Line(c, gl, gt, gr, gt, SKColors.White, 10);
        Kit.Line(c, gr, gt, gr, gb, SKColors.White, 10);

        // Players: the kicker in front, a team-mate and a goalkeeper.
        var kit = new SKColor(220, 38, 38);
        Figure.Draw(c, f.X(0.3f), 960, 420, Looks.TeenBoy with { Top = kit, Bottom = SKColors.White }, wave: true);
        Figure.Draw(c, f.X(0.12f), 700, 230, Looks.ManShort with { Top = kit, Bottom = SKColors.White, IsChild = false });
        Figure.Draw(c, f.X(0.72f), gb + 20, 200, Looks.BoyBrown with { Top = new SKColor(250, 204, 21), IsChild = false });
        Ball(c, f.X(0.5f), 600, 38);
    }

    private static void Ball(SKCanvas c, float x, float y, float r)
    {
        Kit.Oval(c, x + 20, 930, r * 1.2f, r * 0.3f, new SKColor(0, 0, 0, 50));
        Kit.Circle(c, x, y, r, SKColors.White);
        Kit.Circle(c, x, y, r * 0.35f, new SKColor(30, 30, 30));
        for (var i = 0; i < 5; i++)
        {
            var a = i / 5f * MathF.Tau - MathF.PI / 2;
            Kit.Circle(c, x + MathF.Cos(a) * r * 0.85f, y + MathF.Sin(a) * r * 0.85f, r * 0.22f, new SKColor(30, 30, 30));
        }
    }
}
