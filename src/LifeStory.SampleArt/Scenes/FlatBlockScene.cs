using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.SampleArt.Scenes;

/// <summary>A block of flats with balconies, a playground in front and a pram outside.</summary>
public sealed class FlatBlockScene : IScene
{
    public string Name => "flat-block";

    public void Paint(SKCanvas c, Frame f, Rng rng)
    {
        var ground = 820f;
        Kit.Sky(c, f, ground, new SKColor(147, 197, 253), new SKColor(239, 246, 255));
        Kit.Cloud(c, f.X(0.15f), 110, 1.1f);
        Kit.Cloud(c, f.X(0.85f), 180, 0.8f);

        var left = f.X(0.2f);
        var width = f.X(0.6f);
        var top = 90f;
        Kit.Gradient(c, left, top, width, ground - top, new SKColor(226, 232, 240), new SKColor(203, 213, 225));
        Kit.Rect(c, left - 10, top - 20, width + 20, 24, new SKColor(100, 116, 139));
        SKColor[] balconies = [new(251, 146, 60), new(56, 189, 248), new(163, 230, 53), new(244, 114, 182)];
        var floors = 6;
        var floorH = (ground - top - 120) / floors;
        for (var fl = 0; fl < floors; fl++)
        {
            var y = top + 20 + fl * floorH;
            for (var col = 0; col < 4; col++)
            {
                var x = left + 20 + col * (width - 40) / 4f;
                var cw = (width - 40) / 4f - 24;
                Building.Window(c, x, y + 10, cw, floorH * 0.55f, curtains: rng.Next() > 0.4f);
                Kit.Rect(c, x - 6, y + floorH * 0.62f, cw + 12, floorH * 0.22f, rng.Pick(balconies));
                for (var rail = x; rail < x + cw; rail += 14)
                    Kit.Line(c, rail, y + floorH * 0.62f, rail, y + floorH * 0.84f, Kit.Shade(balconies[col], 0.7f), 2);
            }
        }
        Building.Door(c, f.CenterX - 60, ground - 150, 120, 150, new SKColor(37, 99, 235));
        Building.Pavement(c, f, ground, 1000);

        // A bench and a pram: a young family's everyday life.
        Kit.Rect(c, f.X(0.06f), ground + 20, 160, 16, new SKColor(146, 64, 14));
        Kit.Rect(c, f.X(0.06f) + 10, ground + 36, 10, 50, new SKColor(68, 64, 60));
        Kit.Rect(c, f.X(0.06f) + 140, ground + 36, 10, 50, new SKColor(68, 64, 60));
        var pramX = f.X(0.72f);
        using (var hood = new SKPath())
        {
            hood.AddArc(new SKRect(pramX, ground - 20, pramX + 140, ground + 100), 180, 180);
            hood.Close();
            using var p = Kit.Fill(new SKColor(236, 72, 153));
            c.DrawPath(hood, p);
        }
        Kit.RoundRect(c, pramX, ground + 38, 150, 50, 20, new SKColor(190, 24, 93));
        Kit.Circle(c, pramX + 30, ground + 100, 20, new SKColor(30, 30, 36));
        Kit.Circle(c, pramX + 120, ground + 100, 20, new SKColor(30, 30, 36));
        Kit.Line(c, pramX + 150, ground + 40, pramX + 190, ground - 10, new SKColor(30, 30, 36), 6);
        Figure.Draw(c, MathF.Min(pramX + 230, f.W - 70), 980, 330, rng.Pick(Looks.Adults), wave: true);
    }
}
