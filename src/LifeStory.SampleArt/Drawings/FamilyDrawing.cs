using LifeStory.SampleArt.Painting;
using SkiaSharp;
using static LifeStory.SampleArt.Drawings.CrayonColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>The classic: a house, a sun in the corner, and the whole family in a row on the grass.</summary>
public sealed class FamilyDrawing : IDrawingSubject<Crayon>
{
    public string Name => "family";

    public void Draw(Crayon crayon, Rng rng, float width, float height)
    {
        var ground = height * 0.72f;
        crayon.Scribble(Sky, 0, 0, width, 60, 18);
        Sun(crayon, width - 110, 130);

        // House on the left: box, roof, door, two windows.
        var hx = 40f;
        var hw = 380f;
        var top = ground - 380;
        crayon.Scribble(Yellow.WithAlpha(150), hx, top, hw, 380, 22);
        crayon.Line(Black, 6, new(hx, ground), new(hx, top), new(hx + hw, top), new(hx + hw, ground));
        crayon.Line(Red, 8, new(hx - 30, top + 10), new(hx + hw / 2, top - 200), new(hx + hw + 30, top + 10), new(hx - 30, top + 10));
        crayon.Scribble(Red, hx + 40, top - 150, hw - 80, 140, 20);
        crayon.Line(Brown, 7, new(hx + 150, ground), new(hx + 150, ground - 170), new(hx + 240, ground - 170), new(hx + 240, ground));
        crayon.Scribble(Brown, hx + 155, ground - 165, 80, 160, 14);
        foreach (var wx in new[] { hx + 40, hx + 260 })
        {
            crayon.Line(Blue, 6, new(wx, top + 50), new(wx + 90, top + 50), new(wx + 90, top + 140), new(wx, top + 140), new(wx, top + 50));
            crayon.Line(Blue, 4, new(wx + 45, top + 50), new(wx + 45, top + 140));
        }
        crayon.Line(Black, 5, new(hx + hw - 110, top - 90), new(hx + hw - 110, top - 160), new(hx + hw - 60, top - 160), new(hx + hw - 60, top - 70));

        // The family, biggest to smallest, holding hands.
        (float H, SKColor Body, SKColor Hair, bool Dress)[] people =
        [
            (420, Purple, Brown, true), (450, Green, Black, false), (300, Blue, Brown, false), (250, Pink, Yellow, true),
        ];
        var x = 500f;
        foreach (var p in people)
        {
            crayon.StickFigure(x, ground + 10, p.H, p.Body, p.Hair, p.Dress, waving: p.H < 260);
            x += 125;
        }

        crayon.Scribble(Green, 0, ground, width, 150, 16);
        for (var i = 0; i < 6; i++)
        {
            var fx = rng.Range(20, width - 20);
            crayon.Line(Green, 5, new(fx, ground + 60), new(fx, ground + 10));
            crayon.Loop(rng.Pick(new[] { Red, Pink, Orange, Purple }), 8, fx, ground, 14, 14);
        }
        Heart(crayon, 520, 120);
    }

    private static void Sun(Crayon crayon, float x, float y)
    {
        crayon.Scribble(Yellow, x - 70, y - 70, 140, 140, 14);
        crayon.Loop(Orange, 8, x, y, 80, 80);
        for (var i = 0; i < 9; i++)
        {
            var a = i / 9f * MathF.Tau;
            crayon.Line(Orange, 7, new(x + MathF.Cos(a) * 100, y + MathF.Sin(a) * 100), new(x + MathF.Cos(a) * 150, y + MathF.Sin(a) * 150));
        }
    }

    private static void Heart(Crayon crayon, float x, float y) =>
        crayon.Line(Red, 8, new(x, y + 50), new(x - 50, y), new(x - 35, y - 30), new(x, y - 10), new(x + 35, y - 30), new(x + 50, y), new(x, y + 50));
}
