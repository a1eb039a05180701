using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A round, leafy tree on a sturdy trunk, with apples.</summary>
internal static class TreeArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Rounded(0.03f, P(0.4f, 0.95f), P(0.445f, 0.58f), P(0.555f, 0.58f), P(0.6f, 0.95f)), Tones.Bark);
        foreach (var (x, y, r) in new[] { (0.5f, 0.3f, 0.23f), (0.28f, 0.45f, 0.18f), (0.72f, 0.45f, 0.18f), (0.38f, 0.6f, 0.15f), (0.62f, 0.6f, 0.15f), (0.5f, 0.52f, 0.2f) })
            s.Body(Circle(x, y, r), t.Main);
        s.Patch(Circle(0.42f, 0.22f, 0.08f), t.Light);
        s.Patch(Circle(0.23f, 0.41f, 0.055f), t.Light);
        s.Patch(Circle(0.66f, 0.37f, 0.05f), t.Light);
        var apple = t.Unless(Tones.Berry, Tones.Gold);
        foreach (var (x, y) in new[] { (0.35f, 0.38f), (0.6f, 0.25f), (0.7f, 0.55f), (0.45f, 0.6f) })
        {
            s.Piece(Circle(x, y, 0.04f), apple);
            s.Patch(Circle(x - 0.012f, y - 0.013f, 0.012f), Tones.White);
        }
        s.Patch(Oval(0.5f, 0.8f, 0.012f, 0.04f), Tones.Mix(Tones.Bark, SKColors.Black, 0.3f));
    }
}
