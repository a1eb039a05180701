namespace LifeStory.Documents.Layout;

/// <summary>Where one top-level block of a bilingual document belongs: its part (0 is what comes before the first heading) and its language.</summary>
/// <param name="Part">The part, counted from the front matter (0) on: a part runs from one heading to the next.</param>
/// <param name="Other">The block is in the second language, not English.</param>
public readonly record struct BlockSide(int Part, bool Other);

/// <summary>
/// How a bilingual document is laid out: each top-level block's part and language, whether the second language
/// reads right to left (its parts are then laid out right to left, on left-to-right pages), and whether each
/// part's two languages face each other on a spread (for a booklet) rather than follow each other down the page.
/// </summary>
public sealed record BilingualLayout(IReadOnlyList<BlockSide> Sides, bool OtherRightToLeft, bool FacingPages = false);
