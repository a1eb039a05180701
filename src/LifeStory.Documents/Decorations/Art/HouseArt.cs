using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A plain house with a pitched roof, a door and two windows: "home" in an easy-read letter.</summary>
internal static class HouseArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Rounded(0.03f, P(0.05f, 0.48f), P(0.5f, 0.08f), P(0.95f, 0.48f)), t.Dark);
        s.Body(RoundRect(0.14f, 0.42f, 0.86f, 0.94f, 0.03f), t.Main);
        s.Patch(RoundRect(0.43f, 0.64f, 0.57f, 0.94f, 0.02f), t.Dark);
        s.Patch(RoundRect(0.2f, 0.52f, 0.35f, 0.66f, 0.015f), Tones.Sky);
        s.Patch(RoundRect(0.65f, 0.52f, 0.8f, 0.66f, 0.015f), Tones.Sky);
        s.Patch(Circle(0.535f, 0.8f, 0.012f), Tones.Gold);
    }
}
