using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A clipboard holding a list with ticks: a plan, or what was decided.</summary>
internal static class PlanArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(RoundRect(0.16f, 0.08f, 0.84f, 0.96f, 0.05f), t.Main);
        s.Piece(RoundRect(0.23f, 0.18f, 0.77f, 0.9f, 0.02f), Tones.White);
        s.Piece(RoundRect(0.36f, 0.04f, 0.64f, 0.16f, 0.04f), Tones.Mix(Tones.Ink, Tones.White, 0.55f));
        for (var i = 0; i < 3; i++)
        {
            var y = 0.34f + i * 0.18f;
            using var tick = new SkiaSharp.SKPath();
            tick.MoveTo(0.29f, y);
            tick.LineTo(0.33f, y + 0.04f);
            tick.LineTo(0.4f, y - 0.04f);
            s.Line(tick, Tones.Leaf, 0.03f);
            s.Patch(RoundRect(0.46f, y - 0.015f, 0.7f, y + 0.015f, 0.015f), t.Pale);
        }
    }
}
