using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A butterfly from above: big spotted upper wings, smaller lower wings, a body and curly antennae.</summary>
internal static class ButterflyArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        using var upper = Oval(0.3f, 0.35f, 0.21f, 0.195f, -20);
        using var lower = Oval(0.34f, 0.68f, 0.15f, 0.17f, 25);
        s.Body(new SKPath(lower), t.Light);
        s.Body(Mirror(lower), t.Light);
        s.Body(new SKPath(upper), t.Main);
        s.Body(Mirror(upper), t.Main);

        using var spots = new SKPath();
        spots.AddCircle(0.27f, 0.33f, 0.08f);
        spots.AddCircle(0.17f, 0.45f, 0.032f);
        using var mirrored = Mirror(spots);
        s.Patch(new SKPath(spots), t.Pale);
        s.Patch(new SKPath(mirrored), t.Pale);
        using var dots = new SKPath();
        dots.AddCircle(0.33f, 0.7f, 0.05f);
        s.Patch(new SKPath(dots), t.Main);
        s.Patch(Mirror(dots), t.Main);

        using var antennae = new SKPath();
        antennae.MoveTo(0.485f, 0.24f);
        antennae.QuadTo(0.46f, 0.12f, 0.38f, 0.08f);
        s.Line(antennae, t.Outline, 0.018f);
        s.Line(Mirror(antennae), t.Outline, 0.018f);
        s.Patch(Circle(0.375f, 0.08f, 0.03f), t.Outline);
        s.Patch(Circle(0.625f, 0.08f, 0.03f), t.Outline);
        s.Piece(RoundRect(0.455f, 0.25f, 0.545f, 0.82f, 0.045f), t.Outline);
        s.Patch(Circle(0.5f, 0.26f, 0.05f), t.Outline);
    }
}
