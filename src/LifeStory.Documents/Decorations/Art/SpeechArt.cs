using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A speech bubble with lines of words in it: what someone said, or how to tell us something.</summary>
internal static class SpeechArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(RoundRect(0.04f, 0.1f, 0.96f, 0.7f, 0.16f), t.Main);
        s.Body(Rounded(0.02f, P(0.2f, 0.6f), P(0.16f, 0.92f), P(0.44f, 0.62f)), t.Main);
        foreach (var (y, right) in new[] { (0.28f, 0.8f), (0.4f, 0.72f), (0.52f, 0.6f) })
            s.Patch(RoundRect(0.2f, y - 0.025f, right, y + 0.025f, 0.025f), Tones.White);
    }
}
