using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A chunky five-pointed star with rounded points, a shine and a smiling face.</summary>
internal static class StarArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Star(0.5f, 0.535f, 0.47f, 0.24f, 0.055f), t.Main);
        s.Patch(Oval(0.39f, 0.34f, 0.045f, 0.025f, -50), t.Pale);
        s.Cheek(0.37f, 0.6f, 0.04f);
        s.Cheek(0.63f, 0.6f, 0.04f);
        s.Eye(0.425f, 0.52f, 0.035f);
        s.Eye(0.575f, 0.52f, 0.035f);
        s.Smile(0.5f, 0.595f, 0.09f, 0.025f, 0.018f);
    }

    /// <summary>A star with <paramref name="outer"/> and <paramref name="inner"/> radii and its corners rounded.</summary>
    internal static SKPath Star(float cx, float cy, float outer, float inner, float rounding)
    {
        var points = new SKPoint[10];
        for (var i = 0; i < 10; i++)
        {
            var angle = (-90 + i * 36) * MathF.PI / 180;
            var r = i % 2 == 0 ? outer : inner;
            points[i] = P(cx + r * MathF.Cos(angle), cy + r * MathF.Sin(angle));
        }
        return Rounded(rounding, points);
    }
}
