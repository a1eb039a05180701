using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A plump heart with a shine and a smiling face.</summary>
internal static class HeartArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        var heart = new SKPath();
        heart.MoveTo(0.5f, 0.9f);
        heart.CubicTo(0.2f, 0.7f, 0.05f, 0.52f, 0.06f, 0.34f);
        heart.CubicTo(0.07f, 0.17f, 0.19f, 0.09f, 0.3f, 0.09f);
        heart.CubicTo(0.4f, 0.09f, 0.47f, 0.15f, 0.5f, 0.23f);
        heart.CubicTo(0.53f, 0.15f, 0.6f, 0.09f, 0.7f, 0.09f);
        heart.CubicTo(0.81f, 0.09f, 0.93f, 0.17f, 0.94f, 0.34f);
        heart.CubicTo(0.95f, 0.52f, 0.8f, 0.7f, 0.5f, 0.9f);
        heart.Close();
        s.Body(heart, t.Main);
        s.Patch(Oval(0.23f, 0.27f, 0.065f, 0.04f, -45), t.Pale);
        s.Patch(Circle(0.155f, 0.36f, 0.02f), t.Pale);
        s.Cheek(0.33f, 0.52f, 0.045f);
        s.Cheek(0.67f, 0.52f, 0.045f);
        s.Eye(0.4f, 0.43f, 0.038f);
        s.Eye(0.6f, 0.43f, 0.038f);
        s.Smile(0.5f, 0.51f, 0.1f, 0.028f, 0.02f);
    }
}
