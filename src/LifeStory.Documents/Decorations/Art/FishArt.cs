using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A round, smiling fish with a big eye, stripes, fins and two bubbles.</summary>
internal static class FishArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Rounded(0.06f, P(0.66f, 0.5f), P(0.95f, 0.26f), P(0.95f, 0.74f)), t.Dark);
        s.Body(Rounded(0.04f, P(0.3f, 0.34f), P(0.5f, 0.15f), P(0.62f, 0.34f)), t.Dark);
        s.Body(Rounded(0.03f, P(0.4f, 0.66f), P(0.5f, 0.8f), P(0.56f, 0.66f)), t.Dark);
        using var body = Oval(0.42f, 0.5f, 0.34f, 0.24f);
        s.Body(new SKPath(body), t.Main);
        using (var stripes = new SKPath())
        {
            stripes.AddRoundRect(new SKRect(0.47f, 0.2f, 0.53f, 0.8f), 0.03f, 0.03f);
            stripes.AddRoundRect(new SKRect(0.6f, 0.2f, 0.66f, 0.8f), 0.03f, 0.03f);
            s.Patch(Inside(stripes, body), t.Light);
        }
        using var gill = new SKPath();
        gill.MoveTo(0.37f, 0.37f);
        gill.QuadTo(0.43f, 0.5f, 0.37f, 0.63f);
        s.Line(gill, t.Dark, 0.02f);

        s.Piece(Circle(0.24f, 0.45f, 0.075f), Tones.White);
        s.Patch(Circle(0.225f, 0.455f, 0.045f), Tones.Ink);
        s.Patch(Circle(0.24f, 0.435f, 0.016f), Tones.White);
        s.Cheek(0.27f, 0.585f, 0.04f);
        using var smile = new SKPath();
        smile.MoveTo(0.1f, 0.55f);
        smile.QuadTo(0.14f, 0.6f, 0.19f, 0.57f);
        s.Line(smile, s.FaceInk, 0.018f);

        s.Piece(Circle(0.11f, 0.3f, 0.035f), Tones.Sky);
        s.Piece(Circle(0.17f, 0.16f, 0.05f), Tones.Sky);
        s.Patch(Circle(0.18f, 0.145f, 0.014f), Tones.White);
    }
}
