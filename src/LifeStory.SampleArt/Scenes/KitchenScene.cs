using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>Cooking together: tiled kitchen, a steaming pot, bowls of food on the table and two cooks.</summary>
public sealed class KitchenScene : IScene
{
    public string Name => "kitchen";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        Kit.Gradient(c, 0, 0, f.W, 700, new SKColor(254, 249, 231), new SKColor(250, 240, 210));
        // Wall tiles behind the worktop.
        for (var y = 300f; y < 560; y += 40)
            for (var x = 0f; x < f.W; x += 40)
                Kit.Rect(c, x + 2, y + 2, 36, 36, (x + y) % 80 == 0 ? new SKColor(186, 230, 253) : new SKColor(240, 249, 255));
        // Wall cupboards and a window with a plant.
        for (var x = 20f; x < f.W - 150; x += 230)
        {
            Kit.RoundRect(c, x, 40, 200, 220, 10, new SKColor(20, 184, 166));
            Kit.Circle(c, x + 170, 150, 8, new SKColor(250, 250, 250));
        }
        Building.Window(c, f.X(0.72f), 50, f.W * 0.2f, 200);
        Kit.RoundRect(c, f.X(0.78f), 210, 60, 50, 8, new SKColor(194, 65, 12));
        for (var l = 0; l < 7; l++) Kit.Oval(c, f.X(0.78f) + 30 + rng.Range(-30, 30), 190 - rng.Range(0, 50), 16, 8, new SKColor(34, 160, 70));

        Kit.Rect(c, 0, 560, f.W, 30, new SKColor(120, 113, 108));
        Kit.Rect(c, 0, 590, f.W, 110, new SKColor(13, 148, 136));
        // The hob with a pot and rising steam.
        Kit.RoundRect(c, f.X(0.12f), 470, 170, 95, 14, new SKColor(71, 85, 105));
        Kit.Rect(c, f.X(0.12f) - 14, 470, 198, 14, new SKColor(100, 116, 139));
        using (var steam = Kit.Stroke(new SKColor(255, 255, 255, 170), 8))
        {
            for (var s = 0; s < 3; s++)
            {
                using var path = new SKPath();
                var sx = f.X(0.12f) + 45 + s * 40;
                path.MoveTo(sx, 460);
                path.CubicTo(sx - 30, 420, sx + 30, 390, sx, 340);
                c.DrawPath(path, steam);
            }
        }

        // Figures stand behind the table.
        Figure.Draw(c, f.X(0.35f), 980, 560, rng.Pick(Looks.Adults));
        Figure.Draw(c, f.X(0.62f), 980, 520, Looks.TeenBoy with { Top = new SKColor(234, 88, 12) }, wave: true);

        // Table with a checked cloth and bowls of food.
        Kit.Rect(c, 0, 760, f.W, 240, new SKColor(254, 202, 202));
        for (var x = 0f; x < f.W; x += 60)
            for (var y = 760f; y < 1000; y += 60)
                if ((int)(x / 60 + (y - 760) / 60) % 2 == 0) Kit.Rect(c, x, y, 60, 60, new SKColor(239, 68, 68, 150));
        SKColor[] foods = [new(234, 179, 8), new(220, 38, 38), new(132, 204, 22), new(180, 83, 9)];
        for (var i = 0; i < 4; i++)
        {
            var bx = f.W * (0.15f + i * 0.23f);
            Kit.Oval(c, bx, 850, 95, 30, new SKColor(248, 250, 252));
            Kit.Oval(c, bx, 842, 80, 20, foods[i]);
            for (var d = 0; d < 18; d++) Kit.Circle(c, bx + rng.Range(-60, 60), 842 + rng.Range(-10, 10), 5, Kit.Shade(foods[i], rng.Range(0.7f, 1.3f)));
            Kit.Oval(c, bx, 878, 70, 14, new SKColor(203, 213, 225));
        }
        // A round flatbread on a board.
        Kit.RoundRect(c, f.CenterX - 110, 920, 220, 60, 12, new SKColor(180, 120, 70));
        Kit.Oval(c, f.CenterX, 940, 90, 24, new SKColor(245, 208, 140));
    }
}
