using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A unicorn's head from the side: a golden horn, a pointed ear and a curly mane in pastel colours.</summary>
internal static class UnicornArt
{
    private static readonly SKColor[] Mane = [new(0xFF, 0x9E, 0xC7), new(0xC3, 0xA6, 0xFF), new(0x9E, 0xD8, 0xFF)];

    public static void Draw(Sketch s)
    {
        var t = s.T;
        var curls = new[] { (0.36f, 0.2f, 0.08f), (0.27f, 0.31f, 0.09f), (0.21f, 0.46f, 0.095f), (0.19f, 0.62f, 0.095f), (0.2f, 0.79f, 0.095f) };
        for (var i = 0; i < curls.Length; i++)
            s.Body(Circle(curls[i].Item1, curls[i].Item2, curls[i].Item3), Mane[i % Mane.Length]);

        s.Body(Rounded(0.03f, P(0.33f, 0.3f), P(0.36f, 0.05f), P(0.49f, 0.24f)), t.Main);
        s.Body(Rounded(0.04f, P(0.28f, 0.45f), P(0.5f, 0.4f), P(0.62f, 0.96f), P(0.25f, 0.96f)), t.Main);
        s.Body(Circle(0.47f, 0.39f, 0.17f), t.Main);
        s.Body(Rounded(0.1f, P(0.38f, 0.26f), P(0.6f, 0.28f), P(0.88f, 0.56f), P(0.78f, 0.7f), P(0.38f, 0.56f)), t.Main);
        s.Body(Oval(0.76f, 0.6f, 0.13f, 0.1f, 35), t.Main);
        s.Patch(Rounded(0.02f, P(0.37f, 0.25f), P(0.375f, 0.12f), P(0.44f, 0.23f)), Tones.Pink);

        var gold = t.Unless(Tones.Gold, Tones.Flame);
        s.Piece(Rounded(0.012f, P(0.5f, 0.2f), P(0.73f, 0.04f), P(0.585f, 0.265f)), gold);
        using var spiral = new SKPath();
        spiral.MoveTo(0.555f, 0.2f); spiral.LineTo(0.59f, 0.21f);
        spiral.MoveTo(0.605f, 0.15f); spiral.LineTo(0.63f, 0.16f);
        spiral.MoveTo(0.65f, 0.105f); spiral.LineTo(0.67f, 0.11f);
        s.Line(spiral, Tones.Mix(gold, SKColors.Black, 0.25f), 0.016f);

        s.Cheek(0.62f, 0.52f, 0.045f);
        s.HappyEye(0.52f, 0.41f, 0.085f);
        using var lashes = new SKPath();
        lashes.MoveTo(0.485f, 0.4f); lashes.LineTo(0.47f, 0.38f);
        lashes.MoveTo(0.55f, 0.39f); lashes.LineTo(0.565f, 0.37f);
        s.Line(lashes, s.FaceInk, 0.016f);
        s.Patch(Oval(0.82f, 0.6f, 0.018f, 0.026f, 35), t.Dark);
        using var smile = new SKPath();
        smile.MoveTo(0.7f, 0.67f);
        smile.QuadTo(0.74f, 0.7f, 0.79f, 0.68f);
        s.Line(smile, s.FaceInk, 0.016f);
    }
}
