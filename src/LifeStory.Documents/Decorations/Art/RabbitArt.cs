using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A bunny's face: two long ears with pink insides, a round head, buck teeth and a pink nose.</summary>
internal static class RabbitArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Oval(0.355f, 0.285f, 0.095f, 0.23f, -10), t.Main);
        s.Body(Oval(0.645f, 0.285f, 0.095f, 0.23f, 10), t.Main);
        s.Patch(Oval(0.36f, 0.3f, 0.045f, 0.165f, -10), Tones.Pink);
        s.Patch(Oval(0.64f, 0.3f, 0.045f, 0.165f, 10), Tones.Pink);
        s.Body(Oval(0.5f, 0.665f, 0.31f, 0.27f), t.Main);

        s.Cheek(0.3f, 0.75f, 0.05f);
        s.Cheek(0.7f, 0.75f, 0.05f);
        s.Eye(0.385f, 0.62f, 0.043f);
        s.Eye(0.615f, 0.62f, 0.043f);
        s.Piece(RoundRect(0.465f, 0.765f, 0.535f, 0.84f, 0.014f), Tones.White, 0.02f);
        s.Patch(Circle(0.45f, 0.75f, 0.065f), t.Pale);
        s.Patch(Circle(0.55f, 0.75f, 0.065f), t.Pale);
        s.Patch(Rounded(0.018f, P(0.455f, 0.69f), P(0.545f, 0.69f), P(0.5f, 0.74f)), Tones.Pink);
        using var mouth = new SKPath();
        mouth.MoveTo(0.5f, 0.735f);
        mouth.LineTo(0.5f, 0.835f);
        s.Line(mouth, Tones.Ink, 0.016f);
    }
}
