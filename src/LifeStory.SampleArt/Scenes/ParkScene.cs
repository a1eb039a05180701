using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A sunny park: trees, a path, a pond, and a child flying a kite with a grown-up.</summary>
public sealed class ParkScene : IScene
{
    public string Name => "park";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var horizon = 560f;
        Kit.Sky(c, f, horizon, new SKColor(56, 152, 245), new SKColor(207, 232, 255));
        Kit.Sun(c, f.X(0.12f), 110, 60);
        Kit.Cloud(c, f.X(0.45f), 90, 1f);
        Kit.Cloud(c, f.X(0.8f), 200, 0.8f);

        // Distant hills, then the grass.
        Kit.Oval(c, f.X(0.25f), horizon + 40, f.W * 0.4f, 140, new SKColor(120, 180, 100));
        Kit.Oval(c, f.X(0.8f), horizon + 50, f.W * 0.45f, 170, new SKColor(100, 165, 90));
        Kit.Grass(c, f, horizon, 1000, new SKColor(120, 200, 90), rng, 1800);
        Kit.Oval(c, f.X(0.78f), 720, f.W * 0.16f, 50, new SKColor(96, 165, 250));
        Kit.Oval(c, f.X(0.78f) - 30, 710, f.W * 0.06f, 12, new SKColor(219, 234, 254));

        var path = new SKColor(226, 205, 160);
        Kit.Polygon(c, path, Kit.P(f.X(0.42f), horizon), Kit.P(f.X(0.48f), horizon), Kit.P(f.X(0.62f), 1000), Kit.P(f.X(0.3f), 1000));

        for (var i = 0; i < 6; i++)
        {
            var x = f.X(rng.Range(0.02f, 0.98f));
            if (x > f.X(0.35f) && x < f.X(0.6f)) x += f.X(0.3f);
            Kit.Tree(c, x % f.W, horizon + rng.Range(10, 60), rng.Range(260, 380), Kit.Shade(new SKColor(56, 142, 60), rng.Range(0.8f, 1.2f)), rng);
        }

        // The kite, high up, with its tail and string down to the child's hand.
        var child = rng.Pick(Looks.Children);
        var childX = f.X(0.3f);
        var kx = f.X(0.62f);
        var ky = 190f;
        Kit.Polygon(c, new SKColor(239, 68, 68), Kit.P(kx, ky - 70), Kit.P(kx + 50, ky), Kit.P(kx, ky + 90), Kit.P(kx - 50, ky));
        Kit.Polygon(c, new SKColor(250, 204, 21), Kit.P(kx, ky - 70), Kit.P(kx + 50, ky), Kit.P(kx, ky));
        Kit.Polygon(c, new SKColor(250, 204, 21), Kit.P(kx, ky + 90), Kit.P(kx - 50, ky), Kit.P(kx, ky));
        using (var tail = new SKPath())
        {
            tail.MoveTo(kx, ky + 90);
            tail.CubicTo(kx + 40, ky + 160, kx - 40, ky + 200, kx + 10, ky + 270);
            using var tp = Kit.Stroke(new SKColor(37, 99, 235), 4);
            c.DrawPath(tail, tp);
            for (var t = 0; t < 4; t++) Kit.Circle(c, kx + (t % 2 == 0 ? 12 : -8), ky + 125 + t * 38, 9, new SKColor(236, 72, 153));
        }
        using (var str = new SKPath())
        {
            str.MoveTo(kx, ky + 10);
            str.QuadTo(childX + 200, 500, childX + 46, 730);
            using var sp = Kit.Stroke(new SKColor(80, 80, 80), 2);
            c.DrawPath(str, sp);
        }
        Figure.Draw(c, childX, 900, 230, child, wave: true);
        Figure.Draw(c, childX - 140, 920, 340, rng.Pick(Looks.Adults));
    }
}
