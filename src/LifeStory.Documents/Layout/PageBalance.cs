namespace LifeStory.Documents.Layout;

/// <summary>
/// Balances the last page of a run of flow (a chapter, a letter): when the flow spills onto a page it would
/// fill less than a quarter of, the page break before it moves up, so the page takes enough lines from the page
/// before to look meant, and that page keeps at least a quarter of its own. Breaks move only to places a break
/// is allowed (never inside a keep).
/// </summary>
internal static class PageBalance
{
    /// <returns>Whether a break moved, so the pages must be laid out again.</returns>
    public static bool MoveBreaks(IReadOnlyList<FlowBox> boxes, IReadOnlyList<Paginator.PlacedPage> pages, HashSet<int> breaks, float contentHeight)
    {
        var minimum = contentHeight * Paginator.MinimumFill;
        var moved = false;
        for (var p = 1; p < pages.Count; p++)
        {
            var (page, before) = (pages[p], pages[p - 1]);
            if (page.Forced || page.Kind != PageKind.Flow || before.Kind is not (PageKind.Flow or PageKind.Opener) || page.First < 0 || before.First < 0) continue;
            if (page.Used >= minimum) continue;
            for (var k = page.First - 1; k > before.First; k--)
            {
                if (boxes[k - 1].KeepWithNext || boxes[k - 1].KeepWithNextIfRoom || boxes[k].Items.Count == 0) continue;
                var taken = Paginator.Span(boxes, k, page.Last);
                if (taken > contentHeight) break;
                if (taken < minimum) continue;
                if (Paginator.Span(boxes, before.First, k - 1) < minimum) break;
                moved |= breaks.Add(k);
                break;
            }
        }
        return moved;
    }
}
