using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A little car from the side: rounded body and roof, two windows, a stripe, lights and big wheels.</summary>
internal static class CarArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Rounded(0.07f, P(0.2f, 0.52f), P(0.31f, 0.25f), P(0.66f, 0.25f), P(0.81f, 0.52f)), t.Main);
        using var body = RoundRect(0.05f, 0.46f, 0.95f, 0.75f, 0.09f);
        s.Body(new SKPath(body), t.Main);
        s.Patch(Rounded(0.03f, P(0.28f, 0.47f), P(0.35f, 0.31f), P(0.48f, 0.31f), P(0.48f, 0.47f)), Tones.Sky);
        s.Patch(Rounded(0.03f, P(0.53f, 0.47f), P(0.53f, 0.31f), P(0.63f, 0.31f), P(0.72f, 0.47f)), Tones.Sky);
        using (var stripe = new SKPath())
        {
            stripe.AddRect(new SKRect(0, 0.57f, 1, 0.62f));
            s.Patch(Inside(stripe, body), t.Light);
        }
        s.Patch(RoundRect(0.55f, 0.51f, 0.6f, 0.53f, 0.01f), t.Dark);
        s.Piece(Oval(0.925f, 0.53f, 0.028f, 0.04f), Tones.Gold);
        s.Piece(Oval(0.075f, 0.53f, 0.022f, 0.035f), Tones.Berry);
        foreach (var x in new[] { 0.27f, 0.73f })
        {
            s.Piece(Circle(x, 0.75f, 0.12f), Tones.Ink);
            s.Patch(Circle(x, 0.75f, 0.05f), new SKColor(0xD9, 0xDD, 0xE3));
        }
    }
}
