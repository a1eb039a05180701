using LifeStory.SampleArt.Painting;
using SkiaSharp;
using static LifeStory.SampleArt.Drawings.FeltTipColours;

namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Words and Pictures: the people who were worried. A teacher, a health visitor and Priya the social worker
/// stand together thinking, with the flat where Maisie lived beside them.
/// </summary>
public sealed class WhoWasWorriedDrawing : IDrawingSubject<FeltTip>
{
    public string Name => "who-was-worried";

    public void Draw(FeltTip pen, Rng rng, float width, float height)
    {
        var ground = height * 0.8f;
        Sketch.Grass(pen, 0, width, ground);

        // The flat, small and to one side: the home everyone was thinking about.
        Sketch.Flats(pen, 775, ground, 205, 470, 4);
        pen.Write("Maisie's flat", Ink, 877, ground + 75, 36);

        Someone teacher = new(540, false, Peach, Hair.Short, Brown, Red, Glasses: true);
        Someone healthVisitor = new(515, false, Umber, Hair.Bun, Black, Blue, Dress: true);
        Someone priya = new(525, false, Tan, Hair.Long, Black, Purple, Dress: true);

        var (book, _) = Sketch.Person(pen, teacher, 120, ground, Mood.Calm, Arms.Forward);
        Sketch.Box(pen, book.X - 28, book.Y - 50, 60, 46, Green, 0.6f);
        pen.Line(Ink, FeltTip.Nib * 0.7f, new(book.X + 2, book.Y - 50), new(book.X + 2, book.Y - 4));
        var (_, bag) = Sketch.Person(pen, healthVisitor, 360, ground, Mood.Calm);
        Sketch.Box(pen, bag.X - 30, bag.Y + 4, 60, 48, Brown, 0.55f);
        pen.Curve(Ink, FeltTip.Nib, new(bag.X - 18, bag.Y + 4), new(bag.X, bag.Y - 14), new(bag.X + 18, bag.Y + 4));
        var (_, folder) = Sketch.Person(pen, priya, 600, ground, Mood.Calm, Arms.Forward);
        Sketch.Box(pen, folder.X - 34, folder.Y - 60, 50, 64, Yellow, 0.6f);

        // Each of them is wondering: a question, a question, and a heart because they cared.
        ThinkAbout(pen, 120, ground - 540, 170, '?');
        ThinkAbout(pen, 360, ground - 515, 330, 'h');
        ThinkAbout(pen, 600, ground - 525, 170, '?');

        pen.Write("teacher", Ink, 120, ground + 75, 36);
        pen.Write("health visitor", Ink, 360, ground + 75, 36);
        pen.Write("Priya", Ink, 600, ground + 75, 36);
    }

    private static void ThinkAbout(FeltTip pen, float x, float headTop, float above, char thought)
    {
        var cy = headTop - above;
        Sketch.ThoughtBubble(pen, x + 15, cy, 88, 66, new SKPoint(x + 5, headTop - 8), Sky);
        if (thought == 'h') Sketch.Heart(pen, x + 15, cy + 6, 74, Red);
        else pen.Write("?", Purple, x + 15, cy + 40, 82, 6);
    }
}
