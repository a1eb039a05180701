using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A wide school building with a bell tower and a flag, a row of windows and double doors.</summary>
internal static class SchoolArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(RoundRect(0.02f, 0.5f, 0.98f, 0.9f, 0.03f), t.Main);
        s.Body(Rounded(0.02f, P(0.3f, 0.5f), P(0.5f, 0.28f), P(0.7f, 0.5f)), t.Dark);
        s.Body(RoundRect(0.49f, 0.08f, 0.52f, 0.32f, 0.01f), t.Dark);
        s.Body(Rounded(0.01f, P(0.52f, 0.08f), P(0.7f, 0.13f), P(0.52f, 0.19f)), Tones.Berry);
        s.Patch(Circle(0.5f, 0.42f, 0.045f), Tones.White);
        foreach (var x in new[] { 0.08f, 0.22f, 0.68f, 0.82f })
            s.Patch(RoundRect(x, 0.58f, x + 0.1f, 0.7f, 0.015f), Tones.Sky);
        s.Patch(RoundRect(0.41f, 0.66f, 0.59f, 0.9f, 0.02f), t.Dark);
        s.Patch(RoundRect(0.495f, 0.66f, 0.505f, 0.9f, 0.002f), t.Light);
    }
}
