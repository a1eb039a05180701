using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A cat's face: pointed ears, tabby stripes, a pink nose and long whiskers.</summary>
internal static class CatArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        using (var ear = Rounded(0.05f, P(0.14f, 0.5f), P(0.19f, 0.08f), P(0.48f, 0.3f)))
        {
            s.Body(new SKPath(ear), t.Main);
            s.Body(Mirror(ear), t.Main);
        }
        using (var inner = Rounded(0.03f, P(0.215f, 0.42f), P(0.235f, 0.19f), P(0.39f, 0.31f)))
        {
            s.Patch(new SKPath(inner), Tones.Pink);
            s.Patch(Mirror(inner), Tones.Pink);
        }
        s.Body(Oval(0.5f, 0.59f, 0.37f, 0.3f), t.Main);

        // Tabby stripes on the forehead.
        s.Patch(Oval(0.5f, 0.35f, 0.026f, 0.055f), t.Dark);
        s.Patch(Oval(0.42f, 0.365f, 0.022f, 0.045f, -18), t.Dark);
        s.Patch(Oval(0.58f, 0.365f, 0.022f, 0.045f, 18), t.Dark);

        s.Cheek(0.27f, 0.68f, 0.05f);
        s.Cheek(0.73f, 0.68f, 0.05f);
        s.Patch(Oval(0.5f, 0.72f, 0.13f, 0.085f), t.Pale);
        s.Eye(0.37f, 0.565f, 0.045f);
        s.Eye(0.63f, 0.565f, 0.045f);
        s.Patch(Rounded(0.015f, P(0.46f, 0.66f), P(0.54f, 0.66f), P(0.5f, 0.705f)), Tones.Pink);
        s.Smile(0.467f, 0.715f, 0.066f, 0.018f, 0.016f, Tones.Ink);
        s.Smile(0.533f, 0.715f, 0.066f, 0.018f, 0.016f, Tones.Ink);

        using var whiskers = new SKPath();
        whiskers.MoveTo(0.3f, 0.69f); whiskers.LineTo(0.05f, 0.645f);
        whiskers.MoveTo(0.3f, 0.72f); whiskers.LineTo(0.05f, 0.73f);
        whiskers.MoveTo(0.31f, 0.75f); whiskers.LineTo(0.08f, 0.81f);
        s.Line(whiskers, t.Outline, 0.014f);
        using var right = Mirror(whiskers);
        s.Line(right, t.Outline, 0.014f);
    }
}
