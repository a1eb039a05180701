using LifeStory.SampleArt.Painting;
using SkiaSharp;
using static LifeStory.SampleArt.Drawings.FeltTipColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Words and Pictures: what the grown-ups are doing now. Jo and Sam's house with the whole household and a
/// big heart; below, family time, with Nan and Maisie playing snap at a table; beside it a calendar ticked
/// every month for Nan, with three hearts for Mum Kelly's visits.
/// </summary>
public sealed class WhatTheGrownUpsAreDoingDrawing : IDrawingSubject<FeltTip>
{
    public string Name => "what-the-grown-ups-are-doing";

    public void Draw(FeltTip pen, Rng rng, float width, float height)
    {
        Home(pen, 660);
        FamilyTime(pen, 1080);
        Calendar(pen, 635, 905, 325, 380);
    }

    private static void Home(FeltTip pen, float ground)
    {
        Sketch.Grass(pen, 0, 1000, ground);
        Sketch.House(pen, 40, ground, 330, 300, Orange, Blue, Purple);

        Someone jo = new(400, false, Tan, Hair.Long, Brown, Purple, Dress: true);
        Someone sam = new(430, false, Tan, Hair.Short, Black, Green);
        Someone leo = new(300, true, Peach, Hair.Short, Brown, Blue);
        Someone maisie = new(270, true, Peach, Hair.Bunches, Yellow, Pink, Dress: true);
        Sketch.Person(pen, jo, 480, ground, Mood.Smile);
        Sketch.Person(pen, sam, 605, ground, Mood.Smile);
        Sketch.Person(pen, leo, 735, ground, Mood.Smile);
        Sketch.Person(pen, maisie, 860, ground, Mood.Smile, Arms.Wave);
        Sketch.Heart(pen, 670, 150, 110, Red);

        pen.Write("Jo and Sam's house", Ink, 205, ground + 62, 32);
        pen.Write("Jo", Ink, 480, ground + 62, 32);
        pen.Write("Sam", Ink, 605, ground + 62, 32);
        pen.Write("Leo", Ink, 735, ground + 62, 32);
        pen.Write("Maisie", Ink, 860, ground + 62, 32);
    }

    /// <summary>Nan and Maisie at a table with a game of snap between them, and Nan's biscuits.</summary>
    private static void FamilyTime(FeltTip pen, float tableBack)
    {
        var tableFront = tableBack + 44;
        using var table = new SKPath();
        table.AddPoly([new(110, tableBack), new(510, tableBack), new(545, tableFront), new(75, tableFront)], close: true);
        using var hidden = new SKPath();
        hidden.AddPath(table);
        hidden.AddRect(SKRect.Create(40, tableFront - 2, 540, 400));

        Someone nan = new(420, false, Peach, Hair.Curly, Grey, Purple, Glasses: true);
        Someone maisie = new(300, true, Peach, Hair.Bunches, Yellow, Pink, Dress: true);
        pen.Behind(hidden, () =>
        {
            // Hands on the table: Nan's by her biscuits and her cards, Maisie's slapping the pile for snap.
            Sketch.Person(pen, nan, 170, tableBack + 180, Mood.Smile, reach: (new(110, tableBack - 6), new(258, tableBack - 4)));
            Sketch.Person(pen, maisie, 430, tableBack + 110, Mood.Smile, reach: (new(362, tableBack - 4), new(490, tableBack - 6)));
        });

        pen.ColourIn(table, Orange, 0.45f);
        pen.Outline(table, Ink);
        Sketch.Box(pen, 75, tableFront, 470, 18, Orange, 0.6f);
        pen.Line(Ink, FeltTip.Nib * 1.2f, new(95, tableFront + 18), new(95, tableFront + 170));
        pen.Line(Ink, FeltTip.Nib * 1.2f, new(525, tableFront + 18), new(525, tableFront + 170));

        // Two piles of cards, a red heart on the top card of each.
        foreach (var (cx, tilt) in new[] { (285f, -6f), (345f, 5f) })
        {
            var card = new[] { new SKPoint(cx - 24 + tilt, tableBack + 6), new SKPoint(cx + 24 + tilt, tableBack + 6), new SKPoint(cx + 26, tableBack + 34), new SKPoint(cx - 26, tableBack + 34) };
            Sketch.Shape(pen, SKColors.White, 0, card);
            Sketch.Heart(pen, cx + tilt / 2, tableBack + 20, 16, Red);
        }
        // Nan's biscuits on a plate.
        pen.Ellipse(Ink, FeltTip.Nib, 180, tableBack + 24, 56, 14);
        foreach (var bx in new[] { 160f, 195f })
        {
            using var biscuit = pen.Ring(bx, tableBack + 16, 17, 8);
            pen.ColourIn(biscuit, Brown, 0.5f);
            pen.Outline(biscuit, Ink, FeltTip.Nib * 0.8f);
        }

        Sketch.SpeechBubble(pen, 545, tableBack - 280, 90, 52, new SKPoint(480, tableBack - 112), Yellow);
        pen.Write("snap!", Ink, 545, tableBack - 266, 44, 4.5f);

        pen.Write("Nan", Ink, 170, tableFront + 230, 34);
        pen.Write("Maisie", Ink, 430, tableFront + 230, 34);
    }

    /// <summary>A wall calendar: a tick for every month with Nan, and a heart for each of Mum Kelly's three visits.</summary>
    private static void Calendar(FeltTip pen, float x, float y, float w, float h)
    {
        Sketch.Box(pen, x, y, w, h, SKColors.White, 0);
        var header = 74f;
        Sketch.Box(pen, x, y, w, header, Red, 0.4f);
        pen.Write("family time", Ink, x + w / 2, y + 50, 30);
        foreach (var rx in new[] { x + w * 0.25f, x + w * 0.75f })
            pen.Ellipse(Ink, FeltTip.Nib, rx, y, 10, 18);

        const int Cols = 3;
        const int Rows = 4;
        var cw = w / Cols;
        var ch = (h - header) / Rows;
        for (var c = 1; c < Cols; c++) pen.Line(Ink, FeltTip.Nib * 0.7f, new(x + c * cw, y + header), new(x + c * cw, y + h));
        for (var r = 1; r < Rows; r++) pen.Line(Ink, FeltTip.Nib * 0.7f, new(x, y + header + r * ch), new(x + w, y + header + r * ch));
        for (var month = 0; month < Cols * Rows; month++)
        {
            var cx = x + (month % Cols) * cw + cw / 2;
            var cy = y + header + (month / Cols) * ch + ch / 2;
            var visit = month % 4 == 1;
            Sketch.Tick(pen, visit ? cx - 20 : cx, cy, 44, Green);
            if (visit) Sketch.Heart(pen, cx + 28, cy, 30, Pink);
        }
    }
}
