using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A teddy bear's face: round ears, a light muzzle and a dark button nose.</summary>
internal static class BearArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Circle(0.235f, 0.27f, 0.12f), t.Main);
        s.Body(Circle(0.765f, 0.27f, 0.12f), t.Main);
        s.Patch(Circle(0.24f, 0.275f, 0.065f), t.Light);
        s.Patch(Circle(0.76f, 0.275f, 0.065f), t.Light);
        s.Body(Oval(0.5f, 0.575f, 0.35f, 0.32f), t.Main);

        s.Cheek(0.28f, 0.67f, 0.05f);
        s.Cheek(0.72f, 0.67f, 0.05f);
        s.Eye(0.38f, 0.53f, 0.043f);
        s.Eye(0.62f, 0.53f, 0.043f);
        s.Patch(Oval(0.5f, 0.69f, 0.15f, 0.115f), t.Light);
        using var mouth = new SKPath();
        mouth.MoveTo(0.5f, 0.66f);
        mouth.LineTo(0.5f, 0.715f);
        s.Line(mouth, Tones.Ink, 0.016f);
        s.Smile(0.46f, 0.72f, 0.08f, 0.018f, 0.016f, Tones.Ink);
        s.Smile(0.54f, 0.72f, 0.08f, 0.018f, 0.016f, Tones.Ink);
        s.Patch(Oval(0.5f, 0.64f, 0.06f, 0.042f), Tones.Ink);
        s.Patch(Oval(0.483f, 0.627f, 0.018f, 0.011f), Tones.White);
    }
}
