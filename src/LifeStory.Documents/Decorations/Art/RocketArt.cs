using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A rocket taking off: a pale body with a coloured nose and fins, a round window and a flame.</summary>
internal static class RocketArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        var flame = t.Unless(Tones.Flame, Tones.Gold);
        s.Body(Rounded(0.05f, P(0.39f, 0.72f), P(0.61f, 0.72f), P(0.5f, 0.97f)), flame);
        s.Patch(Rounded(0.03f, P(0.44f, 0.74f), P(0.56f, 0.74f), P(0.5f, 0.89f)), t.Unless(Tones.Gold, SKColors.White));

        using (var fin = Rounded(0.04f, P(0.37f, 0.46f), P(0.19f, 0.68f), P(0.21f, 0.8f), P(0.38f, 0.72f)))
        {
            s.Body(new SKPath(fin), t.Main);
            s.Body(Mirror(fin), t.Main);
        }
        using var body = new SKPath();
        body.MoveTo(0.5f, 0.04f);
        body.CubicTo(0.67f, 0.15f, 0.69f, 0.42f, 0.64f, 0.77f);
        body.LineTo(0.36f, 0.77f);
        body.CubicTo(0.31f, 0.42f, 0.33f, 0.15f, 0.5f, 0.04f);
        body.Close();
        s.Body(new SKPath(body), t.Pale);
        using (var nose = new SKPath())
        {
            nose.AddRect(new SKRect(0, 0, 1, 0.2f));
            nose.AddRect(new SKRect(0, 0.7f, 1, 1));
            s.Patch(Inside(nose, body), t.Main);
        }
        s.Piece(Circle(0.5f, 0.4f, 0.095f), Tones.White);
        s.Patch(Circle(0.5f, 0.4f, 0.065f), Tones.Sky);
        s.Patch(Circle(0.525f, 0.375f, 0.02f), Tones.White);
        s.Piece(RoundRect(0.48f, 0.6f, 0.52f, 0.82f, 0.02f), t.Main);
    }
}
