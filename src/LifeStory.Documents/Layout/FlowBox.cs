namespace LifeStory.Documents.Layout;

/// <summary>
/// An unbreakable slice of the flow: a line of text, a picture with its caption, a speech bubble. Items are
/// relative to the box's top-left. Keep-with-next chains boxes that must share a page (a heading and the
/// first lines after it; the first two and last two lines of a paragraph, against orphans and widows).
/// RepeatHeader is drawn above the box when it starts a page in the middle of something (a table's header row).
/// SectionStart marks the first box of a chapter, which duplex books start on a right-hand page.
/// </summary>
internal sealed record FlowBox(float Height, IReadOnlyList<PageItem> Items, float SpaceBefore = 0,
    bool KeepWithNext = false, bool BreakBefore = false, bool BreakAfter = false, bool NoPageNumber = false,
    RepeatedHeader? RepeatHeader = null, bool SectionStart = false);
