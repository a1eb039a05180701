using LifeStory.SampleArt.Painting;
using static LifeStory.SampleArt.Drawings.CrayonColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>A home far away: a flat-roofed house, a palm tree, the river with a boat, family by the door.</summary>
public sealed class FarHomeDrawing : IDrawingSubject<Crayon>
{
    public string Name => "far-home";

    public void Draw(Crayon crayon, Rng rng, float width, float height)
    {
        var ground = height * 0.62f;
        crayon.Scribble(Yellow, width - 150, 0, 150, 150, 14);
        crayon.Loop(Orange, 8, width - 60, 60, 110, 110);

        // The house: flat roof, arched blue door, small high windows.
        var hx = 340f;
        var hw = 440f;
        var top = ground - 320;
        crayon.Scribble(new SkiaSharp.SKColor(225, 180, 120), hx, top, hw, 320, 20);
        crayon.Line(Brown, 7, new(hx, ground), new(hx, top), new(hx + hw, top), new(hx + hw, ground));
        crayon.Line(Brown, 9, new(hx - 20, top), new(hx + hw + 20, top));
        crayon.Line(Blue, 7, new(hx + 180, ground), new(hx + 180, ground - 150), new(hx + 200, ground - 190), new(hx + 240, ground - 200), new(hx + 280, ground - 190), new(hx + 300, ground - 150), new(hx + 300, ground));
        crayon.Scribble(Blue, hx + 185, ground - 180, 110, 175, 12);
        foreach (var wx in new[] { hx + 50, hx + 350 })
            crayon.Line(Blue, 6, new(wx, top + 60), new(wx + 50, top + 60), new(wx + 50, top + 110), new(wx, top + 110), new(wx, top + 60));

        // Palm tree on the left.
        crayon.Line(Brown, 14, new(150, ground), new(160, ground - 200), new(190, ground - 380));
        for (var i = 0; i < 6; i++)
        {
            var a = MathF.PI + i / 5f * MathF.PI;
            crayon.Line(Green, 9, new(190, ground - 380), new(190 + MathF.Cos(a) * 90, ground - 380 + MathF.Sin(a) * 60), new(190 + MathF.Cos(a) * 170, ground - 380 + MathF.Sin(a) * 20 + 40));
        }

        // Mum and two sisters by the door.
        crayon.StickFigure(hx + hw + 90, ground + 5, 300, Purple, Black, dress: true, waving: true);
        crayon.StickFigure(hx + 40, ground + 5, 230, Pink, Black, dress: true, waving: false);
        crayon.StickFigure(hx + 120, ground + 5, 200, Orange, Black, dress: true, waving: true);
        crayon.Line(new SkiaSharp.SKColor(200, 160, 90), 8, new(0, ground), new(width, ground));

        // The river below, with a little boat with a white sail.
        for (var row = 0; row < 5; row++)
        {
            var y = ground + 80 + row * 50;
            var pts = new SkiaSharp.SKPoint[12];
            for (var i = 0; i < pts.Length; i++) pts[i] = new(i * width / 11, y + (i % 2 == 0 ? -12 : 12));
            crayon.Line(row % 2 == 0 ? Blue : Sky, 9, pts);
        }
        crayon.Line(Brown, 8, new(560, ground + 150), new(760, ground + 150), new(720, ground + 200), new(600, ground + 200), new(560, ground + 150));
        crayon.Line(Black, 5, new(660, ground + 150), new(660, ground - 10));
        crayon.Line(Black, 5, new(660, ground - 10), new(760, ground + 130), new(660, ground + 130));
        crayon.Loop(Black, 6, 200, ground + 420, 55, 55);
        // The football he played with in the street, patches scribbled black.
        crayon.Scribble(Black, 180, ground + 400, 40, 40, 10);
    }
}
