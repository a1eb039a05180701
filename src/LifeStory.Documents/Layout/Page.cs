namespace LifeStory.Documents.Layout;

/// <summary>
/// One laid-out page: its 1-based number and everything drawn on it, in drawing order. Kind says why the page
/// exists; Flow lists the pieces of the flow placed on it, in order, for rules checked on the result.
/// </summary>
public sealed record Page(int Number, IReadOnlyList<PageItem> Items)
{
    public PageKind Kind { get; init; } = PageKind.Flow;

    public IReadOnlyList<FlowSlice> Flow { get; init; } = [];
}
