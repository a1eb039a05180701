using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A primary school or college: long building, big windows, a clock and a child in uniform at the gate.</summary>
public sealed class SchoolScene : IScene
{
    public string Name => "school";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var ground = 720f;
        Kit.Sky(c, f, ground, new SKColor(96, 165, 250), new SKColor(224, 242, 254));
        Kit.Cloud(c, f.X(0.2f), 90, 1f);
        Kit.Cloud(c, f.X(0.7f), 70, 1.3f);

        var left = f.X(0.04f);
        var right = f.X(0.96f);
        var top = 330f;
        Building.Bricks(c, left, top, right - left, ground - top, new SKColor(196, 110, 70), rng);
        Kit.Rect(c, left - 10, top - 24, right - left + 20, 30, new SKColor(71, 85, 105));

        // A gable over the entrance with a round clock.
        Kit.Polygon(c, new SKColor(196, 110, 70), Kit.P(f.CenterX - 160, top), Kit.P(f.CenterX, top - 150), Kit.P(f.CenterX + 160, top));
        Kit.Polygon(c, new SKColor(71, 85, 105), Kit.P(f.CenterX - 185, top + 5), Kit.P(f.CenterX, top - 175), Kit.P(f.CenterX + 185, top + 5), Kit.P(f.CenterX + 160, top + 5), Kit.P(f.CenterX, top - 150), Kit.P(f.CenterX - 160, top + 5));
        Kit.Circle(c, f.CenterX, top - 50, 46, SKColors.White);
        Kit.Line(c, f.CenterX, top - 50, f.CenterX, top - 84, new SKColor(30, 30, 30), 5);
        Kit.Line(c, f.CenterX, top - 50, f.CenterX + 24, top - 50, new SKColor(30, 30, 30), 5);

        var bays = (int)((right - left) / 190);
        var bayW = (right - left) / bays;
        for (var b = 0; b < bays; b++)
        {
            var x = left + b * bayW;
            if (MathF.Abs(x + bayW / 2 - f.CenterX) < bayW * 0.6f)
            {
                Building.Door(c, x + bayW * 0.2f, ground - 230, bayW * 0.6f, 230, new SKColor(37, 99, 235));
                continue;
            }
            Building.Window(c, x + bayW * 0.15f, top + 50, bayW * 0.7f, 130, curtains: false);
            Building.Window(c, x + bayW * 0.15f, top + 230, bayW * 0.7f, 120, curtains: false);
            // Paintings stuck in the windows, as in every primary school.
            Kit.Rect(c, x + bayW * 0.25f, top + 250, bayW * 0.2f, 50, rng.Pick(new SKColor[] { new(250, 204, 21), new(244, 114, 182), new(134, 239, 172) }));
        }

        Kit.Rect(c, 0, ground, f.W, 1000 - ground, new SKColor(120, 120, 128));
        Kit.Line(c, 0, ground + 120, f.W, ground + 120, new SKColor(250, 204, 21), 8);
        for (var x = 0f; x < f.W; x += 26)
            Kit.Line(c, x, ground - 60, x, ground + 40, new SKColor(21, 128, 61), 5);
        Kit.Line(c, 0, ground - 55, f.W, ground - 55, new SKColor(21, 128, 61), 6);

        var pupil = rng.Pick(Looks.Children) with { Top = new SKColor(30, 64, 175), Bottom = new SKColor(71, 85, 105) };
        Figure.Draw(c, f.CenterX - 40, 960, 260, pupil, wave: true);
        Figure.Draw(c, f.CenterX + 120, 975, 360, rng.Pick(Looks.Adults));
        Kit.RoundRect(c, f.CenterX - 110, 840, 50, 70, 10, new SKColor(239, 68, 68));
    }
}
