using LifeStory.SampleArt.Painting;
using static LifeStory.SampleArt.Drawings.CrayonColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>Two children at the park: a big tree, a kite on a long string and the sun in the corner.</summary>
public sealed class ParkDrawing : IDrawingSubject<Crayon>
{
    public string Name => "park";

    public void Draw(Crayon crayon, Rng rng, float width, float height)
    {
        var ground = height * 0.8f;
        // Sun in the top-left corner this time, as a quarter circle with rays.
        crayon.Scribble(Yellow, 0, 0, 130, 130, 14);
        crayon.Line(Orange, 8, new(0, 150), new(70, 130), new(130, 70), new(150, 0));
        for (var i = 0; i < 5; i++)
        {
            var a = i / 4f * MathF.PI / 2;
            crayon.Line(Orange, 7, new(MathF.Cos(a) * 190, MathF.Sin(a) * 190), new(MathF.Cos(a) * 250, MathF.Sin(a) * 250));
        }
        for (var i = 0; i < 3; i++) crayon.Loop(Sky, 6, 380 + i * 220, 110 + (i % 2) * 60, 80, 38);

        // The tree: brown trunk, green scribbled ball of leaves, red apples.
        crayon.Scribble(Brown, 110, ground - 360, 70, 360, 12);
        crayon.Line(Brown, 6, new(110, ground), new(110, ground - 360));
        crayon.Line(Brown, 6, new(180, ground), new(180, ground - 360));
        crayon.Scribble(Green, 0, ground - 640, 300, 300, 18);
        crayon.Loop(Green, 8, 145, ground - 490, 170, 160);
        for (var i = 0; i < 5; i++) crayon.Loop(Red, 8, rng.Range(60, 230), rng.Range(ground - 600, ground - 380), 14, 14);

        // The kite, its tail of bows, and the string down to the waving hand.
        var kx = 760f;
        var ky = 330f;
        crayon.Scribble(Purple, kx - 50, ky - 60, 100, 130, 14);
        crayon.Line(Pink, 7, new(kx, ky - 90), new(kx + 70, ky), new(kx, ky + 110), new(kx - 70, ky), new(kx, ky - 90));
        crayon.Line(Black, 4, new(kx, ky + 110), new(kx + 30, ky + 170), new(kx - 10, ky + 230), new(kx + 20, ky + 300));
        for (var i = 0; i < 3; i++) crayon.Line(Red, 9, new(kx - 10 + i * 5, ky + 150 + i * 60), new(kx + 20 + i * 5, ky + 160 + i * 60));
        crayon.Line(Black, 3, new(kx, ky + 110), new(650, ground - 330));

        crayon.StickFigure(600, ground + 10, 380, Blue, Brown, dress: false, waving: true);
        crayon.StickFigure(420, ground + 10, 320, Pink, Yellow, dress: true, waving: false);
        crayon.Scribble(Green, 0, ground, width, 160, 15);
    }
}
