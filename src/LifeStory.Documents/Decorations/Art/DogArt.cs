using SkiaSharp;
using static LifeStory.Documents.Decorations.Art.Sketch;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>A puppy's face: floppy ears, a patch round one eye, a big shiny nose and a pink tongue.</summary>
internal static class DogArt
{
    public static void Draw(Sketch s)
    {
        var t = s.T;
        s.Body(Oval(0.5f, 0.53f, 0.3f, 0.29f), t.Main);
        s.Patch(Oval(0.615f, 0.45f, 0.085f, 0.09f, 10), t.Dark);
        s.Piece(Oval(0.215f, 0.5f, 0.1f, 0.23f, 18), t.Dark);
        s.Piece(Oval(0.785f, 0.5f, 0.1f, 0.23f, -18), t.Dark);

        s.Cheek(0.33f, 0.64f, 0.045f);
        s.Cheek(0.67f, 0.64f, 0.045f);
        s.Eye(0.39f, 0.46f, 0.045f);
        s.Eye(0.61f, 0.46f, 0.045f);
        s.Piece(Oval(0.5f, 0.77f, 0.045f, 0.055f), Tones.Pink);
        s.Patch(Oval(0.5f, 0.665f, 0.16f, 0.115f), t.Pale);
        using var mouth = new SKPath();
        mouth.MoveTo(0.5f, 0.63f);
        mouth.LineTo(0.5f, 0.69f);
        s.Line(mouth, Tones.Ink, 0.016f);
        s.Smile(0.455f, 0.695f, 0.09f, 0.02f, 0.016f, Tones.Ink);
        s.Smile(0.545f, 0.695f, 0.09f, 0.02f, 0.016f, Tones.Ink);
        s.Patch(Oval(0.5f, 0.6f, 0.068f, 0.048f), Tones.Ink);
        s.Patch(Oval(0.48f, 0.585f, 0.02f, 0.012f), Tones.White);
    }
}
