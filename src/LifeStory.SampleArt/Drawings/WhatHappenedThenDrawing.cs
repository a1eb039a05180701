using LifeStory.SampleArt.Painting;
using SkiaSharp;
using static LifeStory.SampleArt.Drawings.FeltTipColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Words and Pictures: what happened then. A kind judge at a big desk decided; underneath, arrows go from
/// the flat to Auntie Bev's bungalow with its flowers, and on to Jo and Sam's house.
/// </summary>
public sealed class WhatHappenedThenDrawing : IDrawingSubject<FeltTip>
{
    public string Name => "what-happened-then";

    public void Draw(FeltTip pen, Rng rng, float width, float height)
    {
        Judge(pen, width / 2, 580);

        var ground = Math.Min(height * 0.86f, 1240);
        Sketch.Grass(pen, 0, width, ground);
        Sketch.Flats(pen, 45, ground, 160, 330, 3);
        Sketch.Bungalow(pen, 365, ground, 250, 150, Yellow);
        // Auntie Bev's flowers, either side of her front door.
        foreach (var (fx, i) in new[] { 355f, 395f, 435f, 545f, 585f, 625f }.Select((fx, i) => (fx, i)))
            Sketch.Flower(pen, fx, ground, rng.Range(40, 50), i % 2 == 0 ? Pink : Red);
        Sketch.House(pen, 770, ground, 190, 210, Orange, Blue, Purple);
        Sketch.Heart(pen, 865, ground - 390, 60, Red);

        Sketch.Arrow(pen, new(185, ground - 360), new(400, ground - 270), 60, Green);
        Sketch.Arrow(pen, new(590, ground - 270), new(800, ground - 360), 60, Green);

        pen.Write("the flat", Ink, 125, ground + 70, 34);
        pen.Write("Auntie Bev's", Ink, 490, ground + 70, 34);
        pen.Write("Jo and Sam's", Ink, 865, ground + 70, 34);
    }

    /// <summary>The judge behind a big wooden desk, smiling, with the papers everyone wrote and a pen.</summary>
    private static void Judge(FeltTip pen, float x, float deskTop)
    {
        Someone judge = new(560, false, Umber, Hair.Curly, Grey, Black, Glasses: true);
        // Standing behind the desk, which hides everything below the waist.
        var feet = deskTop + 240;
        var neck = Sketch.Neck(judge, feet);

        // A white collar and bands, so the judge looks like a judge without a wig that might puzzle a child.
        using var collar = new SKPath();
        collar.AddPoly([new(x - 34, neck + 2), new(x + 34, neck + 2), new(x, neck + 58)], close: true);
        using var hidden = new SKPath();
        hidden.AddRect(SKRect.Create(x - 320, deskTop - 16, 640, 420));
        hidden.AddPath(collar);
        pen.Behind(hidden, () => Sketch.Person(pen, judge, x, feet, Mood.Smile, Arms.Forward));
        pen.Outline(collar, Ink);
        Sketch.Box(pen, x - 12, neck + 20, 10, 30, SKColors.White, 0);
        Sketch.Box(pen, x + 2, neck + 20, 10, 30, SKColors.White, 0);

        Sketch.Box(pen, x - 280, deskTop, 560, 210, Brown, 0.5f);
        Sketch.Box(pen, x - 300, deskTop - 16, 600, 16, Brown, 0.7f);
        Sketch.Box(pen, x - 120, deskTop + 50, 240, 110, Yellow, 0.45f);

        // Papers on the desk, with lines of writing, and a pen beside them.
        Sketch.Shape(pen, SKColors.White, 0, new(x - 190, deskTop - 16), new(x - 170, deskTop - 46), new(x - 40, deskTop - 46), new(x - 60, deskTop - 16));
        Sketch.Shape(pen, SKColors.White, 0, new(x - 176, deskTop - 46), new(x - 160, deskTop - 66), new(x - 44, deskTop - 66), new(x - 60, deskTop - 46));
        pen.Line(Blue, FeltTip.Nib * 1.6f, new(x + 60, deskTop - 24), new(x + 170, deskTop - 44));
        pen.Write("Judge", Ink, x, deskTop + 124, 40);
    }
}
