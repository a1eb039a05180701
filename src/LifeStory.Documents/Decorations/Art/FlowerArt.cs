using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A flower: six round petals round a smiling golden centre, on a green stem with two leaves.</summary>
internal static class FlowerArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        using (var stem = new SKPath())
        {
            stem.MoveTo(0.5f, 0.55f);
            stem.QuadTo(0.47f, 0.75f, 0.5f, 0.94f);
            s.Body(Thick(stem, 0.06f), Tones.Leaf);
        }
        s.Body(Oval(0.35f, 0.79f, 0.11f, 0.05f, -30), Tones.Leaf);
        s.Body(Oval(0.64f, 0.74f, 0.11f, 0.05f, 30), Tones.Leaf);

        const float cx = 0.5f, cy = 0.35f;
        for (var i = 0; i < 6; i++)
        {
            var angle = (-90 + i * 60) * MathF.PI / 180;
            s.Body(Circle(cx + 0.175f * MathF.Cos(angle), cy + 0.175f * MathF.Sin(angle), 0.13f), t.Main);
        }
        for (var i = 0; i < 6; i++)
        {
            var angle = (-90 + i * 60) * MathF.PI / 180;
            s.Patch(Circle(cx + 0.21f * MathF.Cos(angle), cy + 0.21f * MathF.Sin(angle), 0.06f), t.Light);
        }
        s.Piece(Circle(cx, cy, 0.13f), t.Unless(Tones.Gold, Tones.Flame));
        s.Cheek(0.43f, 0.38f, 0.025f);
        s.Cheek(0.57f, 0.38f, 0.025f);
        s.Eye(0.455f, 0.33f, 0.026f);
        s.Eye(0.545f, 0.33f, 0.026f);
        s.Smile(0.5f, 0.385f, 0.07f, 0.02f, 0.016f, Tones.Ink);
    }
}
