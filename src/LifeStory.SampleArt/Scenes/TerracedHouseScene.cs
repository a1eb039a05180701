using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A row of brick terraced houses with a bright front door in the middle and someone waving.</summary>
public sealed class TerracedHouseScene : IScene
{
    private static readonly SKColor[] DoorColours = [new(220, 38, 38), new(37, 99, 235), new(22, 163, 74), new(234, 179, 8), new(147, 51, 234)];

    public string Name => "terraced-house";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var ground = 780f;
        Kit.Sky(c, f, ground, new SKColor(96, 165, 250), new SKColor(219, 234, 254));
        Kit.Cloud(c, f.X(0.2f), 120, 1.2f);
        Kit.Cloud(c, f.X(0.75f), 90, 0.9f);

        // Three houses across the picture, the chosen one in the middle and slightly larger.
        var houseW = f.W / 2.6f;
        var top = 300f;
        for (var i = -1; i <= 1; i++)
        {
            var left = f.CenterX - houseW / 2 + i * houseW;
            var brick = Kit.Shade(new SKColor(178, 84, 56), rng.Range(0.85f, 1.05f));
            Building.Bricks(c, left, top, houseW, ground - top, brick, rng);
            Kit.Rect(c, left + houseW * 0.3f, top - 90, 36, 80, Kit.Shade(brick, 0.8f));
            Building.Window(c, left + houseW * 0.1f, top + 60, houseW * 0.32f, 130);
            Building.Window(c, left + houseW * 0.58f, top + 60, houseW * 0.32f, 130);
            Building.Window(c, left + houseW * 0.1f, top + 270, houseW * 0.32f, 140, curtains: i != 0);
            Building.Door(c, left + houseW * 0.58f, ground - 220, houseW * 0.24f, 220, i == 0 ? rng.Pick(DoorColours) : new SKColor(87, 83, 78));
        }
        Building.Roof(c, -20, f.W + 20, top, top - 110, 10, new SKColor(71, 85, 105));
        Building.Pavement(c, f, ground, 1000);

        // A planter by the front door and a waving grown-up and child outside.
        Kit.RoundRect(c, f.CenterX + houseW * 0.36f, ground - 60, 70, 60, 8, new SKColor(120, 113, 108));
        for (var k = 0; k < 6; k++) Kit.Circle(c, f.CenterX + houseW * 0.36f + 10 + k * 10, ground - 66 - rng.Range(0, 20), 12, rng.Pick(new[] { new SKColor(244, 63, 94), new SKColor(250, 204, 21) }));
        Figure.Draw(c, f.CenterX - houseW * 0.15f, 940, 330, rng.Pick(Looks.Adults), wave: true);
        Figure.Draw(c, f.CenterX + houseW * 0.05f, 950, 220, rng.Pick(Looks.Children));
    }
}
