using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A smiling sun with rounded rays all round.</summary>
internal static class SunArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        const float cx = 0.5f, cy = 0.5f;
        for (var i = 0; i < 10; i++)
        {
            var a = i * 36 * MathF.PI / 180;
            var w = 11 * MathF.PI / 180;
            SKPoint At(float angle, float r) => P(cx + r * MathF.Cos(angle), cy + r * MathF.Sin(angle));
            var tip = i % 2 == 0 ? 0.475f : 0.43f;
            s.Body(Rounded(0.009f, At(a - w, 0.32f), At(a, tip), At(a + w, 0.32f)), t.Main);
        }
        s.Body(Circle(cx, cy, 0.29f), t.Main);
        s.Patch(Oval(0.38f, 0.34f, 0.06f, 0.035f, -40), t.Light);
        s.Cheek(0.36f, 0.58f, 0.05f);
        s.Cheek(0.64f, 0.58f, 0.05f);
        s.Eye(0.41f, 0.47f, 0.04f);
        s.Eye(0.59f, 0.47f, 0.04f);
        s.Smile(0.5f, 0.57f, 0.13f, 0.035f, 0.022f);
    }
}
