namespace LifeStory.Documents.Text;

/// <summary>
/// The unit of line breaking: text between two break opportunities, as shaped fragments in logical order.
/// Trailing spaces are kept as a width, not glyphs, so they vanish at the end of a line.
/// </summary>
internal sealed record Word(int Start, int End, IReadOnlyList<TextFragment> Fragments, float Width, float TrailingSpace,
    bool? RightToLeft, bool HardBreakAfter);
