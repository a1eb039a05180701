namespace LifeStory.Documents.Layout;

/// <summary>
/// An unbreakable slice of the flow: a line of text, a picture with its caption, a speech bubble. Items are
/// relative to the box's top-left. Keep-with-next chains boxes that must share a page (a heading and the
/// first lines after it; the first two and last two lines of a paragraph, against orphans and widows).
/// </summary>
internal sealed record FlowBox(float Height, IReadOnlyList<PageItem> Items, float SpaceBefore = 0,
    bool KeepWithNext = false, bool BreakBefore = false, bool BreakAfter = false, bool NoPageNumber = false);
