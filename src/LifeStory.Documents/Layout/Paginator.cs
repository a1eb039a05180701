namespace LifeStory.Documents.Layout;

/// <summary>
/// Places flow boxes on pages top to bottom. A box never straddles a page; a chain of keep-with-next boxes
/// moves to a new page together when it would not fit, unless the chain is taller than a whole page.
/// Space before a box is dropped at the top of a page.
/// </summary>
internal static class Paginator
{
    public sealed record PlacedPage(List<Layout.PageItem> Items, bool NoPageNumber);

    public static List<PlacedPage> Paginate(IReadOnlyList<FlowBox> boxes, float left, float top, float contentWidth, float contentHeight,
        bool sectionsOnRight = false)
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
            if (box.Height > contentHeight) box = ShrinkToPage(box, contentWidth, contentHeight);
            if (box.BreakBefore && !empty) NewPage();
            // Duplex printing: a chapter starts on a right-hand (odd) page, with a blank left page if needed.
            if (sectionsOnRight && box.SectionStart && empty && pages.Count % 2 == 1)
            {
                pages.Add(current with { NoPageNumber = true });
                current = new PlacedPage([], false);
            }
            var space = empty ? 0 : box.SpaceBefore;
            var chain = ChainHeight(boxes, i);
            if (!empty && used + space + (chain <= contentHeight ? chain : box.Height) > contentHeight)
            {
                NewPage();
                space = 0;
            }
            if (box.NoPageNumber) current = current with { NoPageNumber = true };
            // A table row starting a page continues a table from the page before: its header row comes again.
            if (empty && box.RepeatHeader is { } header)
            {
                foreach (var item in header.Items) current.Items.Add(item.Offset(left, top + used));
                used += header.Height;
            }
            var y = top + used + space;
            foreach (var item in box.Items) current.Items.Add(item.Offset(left, y));
            used += space + box.Height;
            if (box.Items.Count > 0) empty = false;
            if (box.BreakAfter) NewPage();
        }
        if (!empty || pages.Count == 0) pages.Add(current);
        return pages;
    }

    /// <summary>A box taller than a page becomes one scaled group that fits, centred across the column.</summary>
    private static FlowBox ShrinkToPage(FlowBox box, float contentWidth, float contentHeight)
    {
        var scale = contentHeight / box.Height;
        var width = contentWidth * scale;
        var x = (contentWidth - width) / 2;
        var group = new ScaledItem(new SkiaSharp.SKRect(x, 0, x + width, contentHeight), box.Items, scale);
        return box with { Height = contentHeight, Items = [group], KeepWithNext = false };
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
