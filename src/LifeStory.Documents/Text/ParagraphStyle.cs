using SkiaSharp;

namespace LifeStory.Documents.Text;

/// <summary>
/// The look of one paragraph's text: font role, size in points, colour, line height as a multiple of size, and
/// the colour accented words take.
/// </summary>
public sealed record ParagraphStyle(FontRole Role, float Size, SKColor Color, float LineHeight, TextAlign Align = TextAlign.Start,
    SKColor? AccentColor = null)
{
    /// <summary>
    /// The paragraph sits on a right-to-left page. Its base direction is then right to left unless it holds only
    /// left-to-right letters (an English sentence keeps its own direction), so an English name inside Arabic
    /// lies where an Arabic reader expects it; and its lines start at the page's start, aligned for a page the
    /// layout mirrors afterwards (see <see cref="Layout.PageMirror"/>).
    /// </summary>
    public bool OnRightToLeftPage { get; init; }
}
