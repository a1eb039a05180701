using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A cream bungalow with a front garden, flowers, a picket fence and a tree.</summary>
public sealed class BungalowScene : IScene
{
    public string Name => "bungalow";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var ground = 640f;
        Kit.Sky(c, f, ground, new SKColor(125, 190, 255), new SKColor(224, 242, 254));
        Kit.Sun(c, f.X(0.85f), 120, 55);
        Kit.Cloud(c, f.X(0.3f), 140, 1f);
        Kit.Grass(c, f, ground, 1000, new SKColor(110, 190, 80), rng, 1400);

        var left = f.X(0.18f);
        var right = f.X(0.78f);
        var wall = new SKColor(245, 230, 200);
        Kit.Rect(c, left, ground - 230, right - left, 230, wall);
        Building.Roof(c, left, right, ground - 230, ground - 380, 24, new SKColor(185, 82, 62));
        var w = right - left;
        Building.Window(c, left + w * 0.08f, ground - 190, w * 0.22f, 120);
        Building.Window(c, left + w * 0.68f, ground - 190, w * 0.22f, 120);
        Building.Door(c, left + w * 0.42f, ground - 200, w * 0.14f, 200, new SKColor(22, 163, 74));

        // A winding path to the door and flower beds either side.
        Kit.Polygon(c, new SKColor(214, 196, 170), Kit.P(left + w * 0.42f, ground), Kit.P(left + w * 0.56f, ground),
            Kit.P(left + w * 0.7f, 1000), Kit.P(left + w * 0.3f, 1000));
        SKColor[] flowers = [new(244, 63, 94), new(250, 204, 21), new(168, 85, 247), new(255, 255, 255)];
        for (var i = 0; i < 70; i++)
        {
            var x = rng.Range(0, f.W);
            var y = rng.Range(ground + 20, ground + 110);
            if (x > left + w * 0.38f && x < left + w * 0.6f) continue;
            Kit.Line(c, x, y, x, y + 18, new SKColor(34, 120, 50), 3);
            Kit.Circle(c, x, y, rng.Range(6, 10), rng.Pick(flowers));
        }

        // The picket fence runs across the front, with a gap for the path.
        for (var x = 10f; x < f.W; x += 34)
        {
            if (x > left + w * 0.3f && x < left + w * 0.7f) continue;
            Kit.Polygon(c, SKColors.White, Kit.P(x, 900), Kit.P(x, 790), Kit.P(x + 11, 775), Kit.P(x + 22, 790), Kit.P(x + 22, 900));
        }
        Kit.Tree(c, f.X(0.08f), 760, 520, new SKColor(60, 150, 60), rng);
        Figure.Draw(c, f.X(0.6f), 960, 300, Looks.WomanBun, wave: true);
        Figure.Draw(c, f.X(0.47f), 965, 190, rng.Pick(Looks.Children));
    }
}
