using LifeStory.SampleArt.Painting;
using SkiaSharp;
using static LifeStory.SampleArt.Drawings.FeltTipColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Words and Pictures: what the grown-ups were worried about. The flat opened up like a doll's house:
/// an empty kitchen cupboard, two grown-ups with cross words between them, and Maisie and Leo sitting
/// close together in their bedroom with a teddy.
/// </summary>
public sealed class WhatTheyWereWorriedAboutDrawing : IDrawingSubject<FeltTip>
{
    public string Name => "what-they-were-worried-about";

    private const float Left = 40;
    private const float Right = 960;
    private const float Roof = 130;
    private const float Upstairs = 720;

    public void Draw(FeltTip pen, Rng rng, float width, float height)
    {
        var floor = Math.Min(height * 0.88f, 1260);
        pen.Write("Maisie's flat", Ink, width / 2, Roof - 40, 38);

        // The walls of the flat, with its rooms side by side and one below.
        Sketch.Box(pen, Left, Upstairs - 16, Right - Left, 16, Brown, 0.5f);
        Sketch.Box(pen, Left, floor - 16, Right - Left, 16, Brown, 0.5f);
        Sketch.Box(pen, Left, Roof, Right - Left, floor - Roof, Grey, 0);
        pen.Line(Ink, FeltTip.Nib * 1.4f, new(Left - 24, Roof), new(Right + 24, Roof));
        pen.Line(Ink, FeltTip.Nib, new(410, Roof), new(410, Upstairs - 16));

        Kitchen(pen);
        CrossWords(pen);
        Bedroom(pen, floor - 16);
    }

    /// <summary>The cupboard stands open and there is nothing on its shelves; the plate on the side is empty too.</summary>
    private static void Kitchen(FeltTip pen)
    {
        var (x, y, w, h) = (120f, 210f, 190f, 210f);
        Sketch.Box(pen, x, y, w, h, Brown, 0.18f);
        pen.Line(Ink, FeltTip.Nib * 0.8f, new(x, y + h / 3), new(x + w, y + h / 3));
        pen.Line(Ink, FeltTip.Nib * 0.8f, new(x, y + h * 2 / 3), new(x + w, y + h * 2 / 3));
        // Both doors swung wide open.
        Sketch.Shape(pen, Orange, 0.5f, new(x, y), new(x - 62, y + 18), new(x - 62, y + h - 18), new(x, y + h));
        Sketch.Shape(pen, Orange, 0.5f, new(x + w, y), new(x + w + 62, y + 18), new(x + w + 62, y + h - 18), new(x + w, y + h));
        pen.Dot(Ink, x - 48, y + h / 2, 5);
        pen.Dot(Ink, x + w + 48, y + h / 2, 5);

        // The worktop with its cupboards underneath, and an empty plate.
        var top = 540f;
        Sketch.Box(pen, 70, top, 300, Upstairs - 16 - top, Orange, 0.35f);
        Sketch.Box(pen, 60, top - 14, 320, 14, Grey, 0.5f);
        pen.Line(Ink, FeltTip.Nib * 0.8f, new(220, top), new(220, Upstairs - 16));
        pen.Line(Ink, FeltTip.Nib, new(195, top + 50), new(195, top + 90));
        pen.Line(Ink, FeltTip.Nib, new(245, top + 50), new(245, top + 90));
        using var plate = pen.Ring(150, top - 24, 58, 12);
        pen.ColourIn(plate, Sky, 0.3f);
        pen.Outline(plate, Ink);
        pen.Ellipse(Ink, FeltTip.Nib * 0.6f, 150, top - 24, 34, 6);
    }

    /// <summary>Two grown-ups with a spiky bubble of cross words between them. Their faces stay calm.</summary>
    private static void CrossWords(FeltTip pen)
    {
        Someone kelly = new(400, false, Peach, Hair.Long, Yellow, Pink, Dress: true);
        Someone darren = new(420, false, Peach, Hair.Curly, Brown, Green);
        var feet = Upstairs - 24;
        Sketch.Person(pen, kelly, 540, feet, Mood.Calm);
        Sketch.Person(pen, darren, 840, feet, Mood.Calm);
        Sketch.CrossWords(pen, 690, 250, 112, 72, new SKPoint(580, 318), new SKPoint(798, 310));
    }

    /// <summary>Maisie and Leo in their bedroom, sitting close, Leo's arm round Maisie and Maisie holding her teddy.</summary>
    private static void Bedroom(FeltTip pen, float floor)
    {
        Sketch.Window(pen, 660, Upstairs + 60, 170, 140, Purple);

        // A bed along the right-hand wall.
        Sketch.Box(pen, 650, floor - 150, 280, 110, Blue, 0.45f);
        Sketch.Box(pen, 900, floor - 250, 30, 250, Brown, 0.5f);
        using (var pillow = new SKPath())
        {
            pillow.AddRoundRect(SKRect.Create(790, floor - 196, 100, 46), 18, 18);
            pen.ColourIn(pillow, Yellow, 0.3f);
            pen.Outline(pillow, Ink);
        }
        pen.Line(Ink, FeltTip.Nib, new(662, floor - 40), new(662, floor));

        Someone leo = new(440, true, Peach, Hair.Short, Brown, Blue);
        Someone maisie = new(400, true, Peach, Hair.Bunches, Yellow, Pink, Dress: true);
        var sit = floor - 10;
        Sketch.Person(pen, leo, 290, sit, Mood.Worried, Arms.Hug, sitting: true);
        var (tx, ty) = (522f, sit - 70f);
        using var teddy = Sketch.TeddyShape(tx, ty, 112);
        pen.Behind(teddy, () => Sketch.Person(pen, maisie, 500, sit, Mood.Worried, Arms.Hold, sitting: true));
        Sketch.Teddy(pen, tx, ty, 112);

        pen.Write("Leo", Ink, 290, floor + 75, 36);
        pen.Write("Maisie", Ink, 500, floor + 75, 36);
    }
}
