using SkiaSharp;

namespace LifeStory.Documents.Decorations.Art;

/// <summary>
/// The colours one motif is drawn in: the main colour it was given, lighter and darker tones of it, a dark
/// outline tinted towards it, and the fixed colours every motif shares (eyes, cheeks, leaves, flames).
/// </summary>
internal sealed record Tones(SKColor Main)
{
    /// <summary>The ink of eyes, mouths and noses: the engine's dark navy text colour.</summary>
    public static readonly SKColor Ink = new(0x2B, 0x2D, 0x42);
    public static readonly SKColor White = SKColors.White;
    public static readonly SKColor Pink = new(0xFF, 0x9E, 0xB5);
    public static readonly SKColor Blush = new(0xFF, 0x7A, 0x9A, 0x80);
    public static readonly SKColor Leaf = new(0x5C, 0xB8, 0x5C);
    public static readonly SKColor Bark = new(0x9C, 0x6B, 0x43);
    public static readonly SKColor Gold = new(0xFF, 0xC9, 0x3C);
    public static readonly SKColor Flame = new(0xFF, 0x8A, 0x3D);
    public static readonly SKColor Sky = new(0xBD, 0xE8, 0xFF);
    public static readonly SKColor Berry = new(0xE6, 0x39, 0x46);

    public SKColor Light { get; } = Mix(Main, SKColors.White, 0.45f);
    public SKColor Pale { get; } = Mix(Main, SKColors.White, 0.72f);
    public SKColor Dark { get; } = Mix(Main, SKColors.Black, 0.22f);

    /// <summary>The outer outline: dark enough to hold the shape on any paper, with a little of the main colour in it.</summary>
    public SKColor Outline { get; } = Mix(Main, Ink, 0.78f);

    /// <summary>A main colour so dark that dark eyes would vanish into it: the eyes then get white around them.</summary>
    public bool IsDark { get; } = Luminance(Main) < 0.25f;

    /// <summary>This colour, or the other one when the main colour is too close to it to show (yellow on yellow).</summary>
    public SKColor Unless(SKColor wanted, SKColor otherwise) => Distance(Main, wanted) < 90 ? otherwise : wanted;

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)MathF.Round(a.Red + (b.Red - a.Red) * t),
        (byte)MathF.Round(a.Green + (b.Green - a.Green) * t),
        (byte)MathF.Round(a.Blue + (b.Blue - a.Blue) * t),
        a.Alpha);

    public static float Luminance(SKColor c) => (0.2126f * c.Red + 0.7152f * c.Green + 0.0722f * c.Blue) / 255f;

    private static float Distance(SKColor a, SKColor b) =>
        MathF.Sqrt(MathF.Pow(a.Red - b.Red, 2) + MathF.Pow(a.Green - b.Green, 2) + MathF.Pow(a.Blue - b.Blue, 2));
}
