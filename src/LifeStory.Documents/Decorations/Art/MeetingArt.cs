using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>Three people side by side behind a table: a meeting, drawn plainly enough for an adult's letter.</summary>
internal static class MeetingArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        foreach (var (x, y, r) in new[] { (0.2f, 0.3f, 0.1f), (0.8f, 0.3f, 0.1f), (0.5f, 0.2f, 0.12f) })
        {
            s.Piece(RoundRect(x - r * 1.6f, y + r * 1.25f, x + r * 1.6f, 0.8f, r * 1.2f), x == 0.5f ? t.Main : t.Light);
            s.Piece(Circle(x, y, r), Tones.Mix(Tones.Bark, Tones.White, 0.45f));
        }
        s.Body(RoundRect(0.02f, 0.7f, 0.98f, 0.95f, 0.04f), Tones.Bark);
        s.Patch(RoundRect(0.06f, 0.73f, 0.94f, 0.77f, 0.02f), Tones.Mix(Tones.Bark, Tones.White, 0.35f));
    }
}
