using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A friendly long-necked dinosaur from the side, with plates along its back, a smile and spots.</summary>
internal static class DinosaurArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        // Plates first, so the body covers their bases.
        foreach (var (x, y) in new[] { (0.27f, 0.46f), (0.37f, 0.425f), (0.47f, 0.415f), (0.57f, 0.43f) })
            s.Body(Rounded(0.025f, P(x - 0.055f, y + 0.05f), P(x, y - 0.1f), P(x + 0.055f, y + 0.05f)), t.Light);

        // The far legs, darker, behind the body.
        s.Body(RoundRect(0.265f, 0.66f, 0.355f, 0.89f, 0.04f), t.Dark);
        s.Body(RoundRect(0.545f, 0.66f, 0.635f, 0.89f, 0.04f), t.Dark);

        using var tail = new SKPath();
        tail.MoveTo(0.3f, 0.5f);
        tail.CubicTo(0.18f, 0.54f, 0.12f, 0.6f, 0.04f, 0.57f);
        tail.CubicTo(0.1f, 0.68f, 0.2f, 0.74f, 0.32f, 0.73f);
        tail.Close();
        s.Body(new SKPath(tail), t.Main);
        s.Body(Oval(0.46f, 0.6f, 0.27f, 0.2f), t.Main);
        using (var neck = new SKPath())
        {
            neck.MoveTo(0.6f, 0.56f);
            neck.QuadTo(0.7f, 0.45f, 0.72f, 0.3f);
            s.Body(Thick(neck, 0.15f), t.Main);
        }
        s.Body(Oval(0.78f, 0.26f, 0.15f, 0.11f, -6), t.Main);
        s.Body(RoundRect(0.33f, 0.68f, 0.43f, 0.92f, 0.045f), t.Main);
        s.Body(RoundRect(0.6f, 0.68f, 0.7f, 0.92f, 0.045f), t.Main);

        s.Patch(Oval(0.45f, 0.72f, 0.17f, 0.06f), t.Light);
        s.Patch(Circle(0.37f, 0.55f, 0.035f), t.Dark);
        s.Patch(Circle(0.48f, 0.5f, 0.025f), t.Dark);
        s.Patch(Circle(0.29f, 0.62f, 0.022f), t.Dark);
        s.Patch(Circle(0.56f, 0.56f, 0.02f), t.Dark);
        foreach (var x in new[] { 0.35f, 0.4f, 0.62f, 0.67f })
            s.Patch(Oval(x + 0.005f, 0.9f, 0.016f, 0.014f), t.Pale);

        s.Cheek(0.73f, 0.3f, 0.035f);
        s.Eye(0.79f, 0.225f, 0.036f);
        s.Patch(Circle(0.9f, 0.235f, 0.011f), t.Outline);
        using var smile = new SKPath();
        smile.MoveTo(0.76f, 0.3f);
        smile.QuadTo(0.84f, 0.34f, 0.9f, 0.29f);
        s.Line(smile, s.FaceInk, 0.018f);
    }
}
