using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>An owl: ear tufts, big round eyes, a little beak, folded wings and a speckled tummy.</summary>
internal static class OwlArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        using (var tuft = Rounded(0.035f, P(0.19f, 0.36f), P(0.2f, 0.07f), P(0.43f, 0.22f)))
        {
            s.Body(new SKPath(tuft), t.Main);
            s.Body(Mirror(tuft), t.Main);
        }
        s.Body(Oval(0.5f, 0.56f, 0.33f, 0.375f), t.Main);
        s.Piece(Oval(0.2f, 0.63f, 0.085f, 0.2f, 12), t.Dark);
        s.Piece(Oval(0.8f, 0.63f, 0.085f, 0.2f, -12), t.Dark);

        s.Patch(Oval(0.5f, 0.72f, 0.19f, 0.19f), t.Pale);
        using var marks = new SKPath();
        foreach (var (x, y) in new[] { (0.43f, 0.67f), (0.57f, 0.67f), (0.5f, 0.75f), (0.43f, 0.83f), (0.57f, 0.83f) })
        {
            marks.MoveTo(x - 0.03f, y - 0.015f);
            marks.QuadTo(x, y + 0.025f, x + 0.03f, y - 0.015f);
        }
        s.Line(marks, t.Light, 0.018f);

        foreach (var x in new[] { 0.365f, 0.635f })
        {
            s.Patch(Circle(x, 0.42f, 0.135f), t.Light);
            s.Piece(Circle(x, 0.42f, 0.095f), Tones.White);
            s.Patch(Circle(x + 0.01f, 0.43f, 0.055f), Tones.Ink);
            s.Patch(Circle(x + 0.03f, 0.405f, 0.02f), Tones.White);
        }
        s.Piece(Rounded(0.02f, P(0.455f, 0.5f), P(0.545f, 0.5f), P(0.5f, 0.6f)), t.Unless(Tones.Gold, Tones.Flame));
        var feet = t.Unless(Tones.Gold, Tones.Flame);
        s.Piece(Oval(0.41f, 0.925f, 0.055f, 0.03f), feet);
        s.Piece(Oval(0.59f, 0.925f, 0.055f, 0.03f), feet);
    }
}
