namespace LifeStory.Documents.Layout;

/// <summary>
/// An unbreakable slice of the flow: a line of text, a picture with its caption, a speech bubble. Items are
/// relative to the box's top-left. Keep-with-next chains boxes that must share a page (a heading and the
/// first lines after it; the first two and last two lines of a paragraph, against orphans and widows).
/// KeepWithNextIfRoom is a weaker wish, kept only when the chain fits on one page (a picture with the words
/// before it, a drawing with its words, the end of a chapter with what comes before it).
/// RepeatHeader is drawn above the box when it starts a page in the middle of something (a table's header row).
/// SectionStart marks the first box of a chapter, which duplex books start on a right-hand page.
/// ShareIfShort lets a chapter whose break is only for looks run on after the one before when it is short,
/// rather than take a nearly empty page of its own. Opener marks a break the layout needs (one idea to a page).
/// Block is the index of the document's top-level block the box came from.
/// </summary>
internal sealed record FlowBox(float Height, IReadOnlyList<PageItem> Items, float SpaceBefore = 0,
    bool KeepWithNext = false, bool BreakBefore = false, bool BreakAfter = false, bool NoPageNumber = false,
    RepeatedHeader? RepeatHeader = null, bool SectionStart = false)
{
    public FlowRole Role { get; init; } = FlowRole.Text;

    public bool KeepWithNextIfRoom { get; init; }

    public bool ShareIfShort { get; init; }

    public bool Opener { get; init; }

    /// <summary>An opener that follows a nearly empty page rather than leave it so (a chapter's title and a line).</summary>
    public bool JoinsShortRun { get; init; }

    public int Block { get; init; }
}
