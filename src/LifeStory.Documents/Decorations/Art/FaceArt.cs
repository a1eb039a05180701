using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>
/// Round faces for the ends of a young child's 0–10 scale: a big smile for 10 and a sad mouth for 0, so a child
/// who cannot read the words yet can still see which end is which.
/// </summary>
internal static class FaceArt
{
    public static void Happy(Sketch s) => Face(s, happy: true);

    public static void Sad(Sketch s) => Face(s, happy: false);

    private static void Face(Sketch s, bool happy)
    {
        var t = s.T;
        s.Body(Circle(0.5f, 0.5f, 0.46f), t.Main);
        s.Patch(Oval(0.36f, 0.3f, 0.09f, 0.05f, -35), t.Light);
        s.Eye(0.36f, 0.42f, 0.055f);
        s.Eye(0.64f, 0.42f, 0.055f);
        if (happy)
        {
            // A curl of hair on top, like a drawn smiley: it also tells the face from a ball by its outline.
            s.Body(Rounded(0.02f, P(0.42f, 0.12f), P(0.47f, -0.06f), P(0.62f, -0.02f), P(0.56f, 0.1f)), t.Main);
            s.Cheek(0.27f, 0.6f, 0.07f);
            s.Cheek(0.73f, 0.6f, 0.07f);
            s.Smile(0.5f, 0.6f, 0.36f, 0.09f, 0.04f);
        }
        else
        {
            s.Smile(0.5f, 0.74f, 0.3f, -0.06f, 0.04f);
            // A tear rolling off the cheek, past the face's edge: sad at a glance, even as a silhouette.
            var tear = new SkiaSharp.SKColor(0x5B, 0xA4, 0xE6);
            s.Body(Circle(0.03f, 0.8f, 0.065f), tear);
            s.Body(Rounded(0.01f, P(0.05f, 0.6f), P(-0.03f, 0.77f), P(0.09f, 0.77f)), tear);
        }
    }
}
