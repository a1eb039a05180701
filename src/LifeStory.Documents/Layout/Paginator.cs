namespace LifeStory.Documents.Layout;

/// <summary>
/// Places flow boxes on pages top to bottom. A box never straddles a page; a chain of keep-with-next boxes
/// moves to a new page together when it would not fit, unless the chain is taller than a whole page.
/// Space before a box is dropped at the top of a page.
/// </summary>
internal static class Paginator
{
    public sealed record PlacedPage(List<Layout.PageItem> Items, bool NoPageNumber);

    public static List<PlacedPage> Paginate(IReadOnlyList<FlowBox> boxes, float left, float top, float contentHeight)
    {
        var pages = new List<PlacedPage>();
        var current = new PlacedPage([], false);
        var used = 0f;
        var empty = true;

        void NewPage()
        {
            pages.Add(current);
            current = new PlacedPage([], false);
            used = 0;
            empty = true;
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.BreakBefore && !empty) NewPage();
            var space = empty ? 0 : box.SpaceBefore;
            var chain = ChainHeight(boxes, i);
            if (!empty && used + space + (chain <= contentHeight ? chain : box.Height) > contentHeight)
            {
                NewPage();
                space = 0;
            }
            if (box.NoPageNumber) current = current with { NoPageNumber = true };
            var y = top + used + space;
            foreach (var item in box.Items) current.Items.Add(item.Offset(left, y));
            used += space + box.Height;
            if (box.Items.Count > 0) empty = false;
            if (box.BreakAfter) NewPage();
        }
        if (!empty || pages.Count == 0) pages.Add(current);
        return pages;
    }

    /// <summary>The height of this box and every box it must keep with, including the spaces between them.</summary>
    private static float ChainHeight(IReadOnlyList<FlowBox> boxes, int start)
    {
        var height = boxes[start].Height;
        for (var i = start; i < boxes.Count - 1 && boxes[i].KeepWithNext && !boxes[i + 1].BreakBefore; i++)
            height += boxes[i + 1].SpaceBefore + boxes[i + 1].Height;
        return height;
    }
}
