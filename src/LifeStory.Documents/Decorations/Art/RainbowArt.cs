using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A rainbow arch of six colours standing on two fluffy clouds tinted with the main colour.</summary>
internal static class RainbowArt
{
    private static readonly SKColor[] Bands =
    [
        new(0xE6, 0x39, 0x46), new(0xFF, 0x8C, 0x42), new(0xFF, 0xC9, 0x3C),
        new(0x6C, 0xC0, 0x70), new(0x4D, 0x96, 0xFF), new(0x9B, 0x6D, 0xE5),
    ];

    public static void Draw(Sketch s)
    {
        const float cx = 0.5f, cy = 0.74f, rx = 0.44f, ry = 0.52f, band = 0.05f;
        s.Body(Arch(cx, cy, rx, ry, rx - band * Bands.Length), Bands[0]);
        for (var i = 1; i < Bands.Length; i++)
            s.Patch(Arch(cx, cy, rx - band * i, ry - band * i, rx - band * Bands.Length), Bands[i]);
        var cloud = Tones.Mix(SKColors.White, s.T.Main, 0.12f);
        foreach (var x in new[] { 0.2f, 0.8f })
        {
            using var puff = new SKPath();
            puff.AddCircle(x - 0.09f, 0.8f, 0.075f);
            puff.AddCircle(x + 0.005f, 0.75f, 0.1f);
            puff.AddCircle(x + 0.1f, 0.81f, 0.065f);
            puff.AddRoundRect(new SKRect(x - 0.16f, 0.78f, x + 0.16f, 0.875f), 0.045f, 0.045f);
            using var merged = puff.Simplify() ?? new SKPath(puff);
            s.Piece(new SKPath(merged), cloud);
        }
    }

    /// <summary>The top half of an oval ring, <paramref name="inner"/> across the hole in both directions' shrink.</summary>
    private static SKPath Arch(float cx, float cy, float rx, float ry, float inner)
    {
        var shrink = rx - inner;
        var path = new SKPath();
        path.ArcTo(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry), 180, 180, forceMoveTo: true);
        path.ArcTo(new SKRect(cx - inner, cy - (ry - shrink), cx + inner, cy + (ry - shrink)), 0, -180, forceMoveTo: false);
        path.Close();
        return path;
    }
}
