using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A busy city street: tall buildings, shop awnings, a red bus, lamp posts and people walking.</summary>
public sealed class CityStreetScene : IScene
{
    private static readonly SKColor[] Facades = [new(203, 213, 225), new(254, 215, 170), new(167, 139, 250), new(252, 165, 165), new(134, 239, 172), new(253, 230, 138)];

    public string Name => "city-street";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var pavement = 700f;
        Kit.Sky(c, f, pavement, new SKColor(125, 170, 230), new SKColor(226, 232, 240));
        Kit.Cloud(c, f.X(0.5f), 80, 1.3f);

        // Buildings of different heights along the street.
        var x = -20f;
        while (x < f.W)
        {
            var w = rng.Range(170, 280);
            var top = rng.Range(80, 330);
            var facade = rng.Pick(Facades);
            Kit.Rect(c, x, top, w, pavement - top, facade);
            Kit.Rect(c, x - 6, top - 14, w + 12, 18, Kit.Shade(facade, 0.7f));
            for (var wy = top + 30; wy < pavement - 230; wy += 95)
                for (var wx = x + 22; wx < x + w - 60; wx += 70)
                    Building.Window(c, wx, wy, 44, 62, curtains: false);
            // Shop front with a striped awning.
            var awning = rng.Pick(new SKColor[] { new(220, 38, 38), new(22, 163, 74), new(37, 99, 235), new(234, 88, 12) });
            Kit.Rect(c, x + 12, pavement - 170, w - 24, 170, new SKColor(165, 243, 252));
            for (var s = x + 6f; s < x + w - 6; s += 30)
                Kit.Polygon(c, (int)((s - x) / 30) % 2 == 0 ? awning : SKColors.White, Kit.P(s, pavement - 200), Kit.P(s + 30, pavement - 200), Kit.P(s + 36, pavement - 160), Kit.P(s + 6, pavement - 160));
            x += w + 4;
        }

        Kit.Rect(c, 0, pavement, f.W, 80, new SKColor(190, 190, 186));
        Kit.Rect(c, 0, pavement + 80, f.W, 1000 - pavement - 80, new SKColor(75, 85, 99));
        for (var dx = 0f; dx < f.W; dx += 160) Kit.Rect(c, dx, 900, 90, 12, SKColors.White);

        // A red double-decker bus.
        var bx = f.X(0.45f);
        Kit.RoundRect(c, bx, 560, 520, 330, 30, new SKColor(220, 38, 38));
        for (var row = 0; row < 2; row++)
            for (var wi = 0; wi < 5; wi++)
                Kit.RoundRect(c, bx + 30 + wi * 98, 585 + row * 140, 80, 80, 10, new SKColor(30, 41, 59));
        Kit.Rect(c, bx, 690, 520, 14, new SKColor(250, 204, 21));
        Kit.Circle(c, bx + 100, 890, 44, new SKColor(30, 30, 30));
        Kit.Circle(c, bx + 420, 890, 44, new SKColor(30, 30, 30));

        for (var lx = f.X(0.1f); lx < f.W; lx += f.X(0.45f))
        {
            Kit.Line(c, lx, pavement + 60, lx, 300, new SKColor(51, 65, 85), 10);
            Kit.Oval(c, lx + 30, 300, 34, 16, new SKColor(254, 240, 138));
        }
        Figure.Draw(c, f.X(0.2f), pavement + 70, 280, Looks.TeenBoy, wave: true);
        Figure.Draw(c, f.X(0.3f), pavement + 60, 300, rng.Pick(Looks.Adults));
    }
}
