using SkiaSharp;

namespace LifeStory.Documents.Text;

/// <summary>
/// The look of one paragraph's text: font role, size in points, colour, line height as a multiple of size, and
/// the colour accented words take.
/// </summary>
public sealed record ParagraphStyle(FontRole Role, float Size, SKColor Color, float LineHeight, TextAlign Align = TextAlign.Start,
    SKColor? AccentColor = null);
