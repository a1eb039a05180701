namespace LifeStory.Documents.Layout;

/// <summary>
/// Places flow boxes on pages top to bottom. A box never straddles a page; a chain of keep-with-next boxes
/// moves to a new page together when it would not fit (with the weaker keep-if-room wishes when the whole
/// chain fits on a page, else only the firm keeps). Space before a box is dropped at the top of a page.
/// Then the pages are balanced: a page the flow spilled onto that would be less than a quarter full takes
/// lines from the page before it, so no page holds a stranded few lines (<see cref="PageBalance"/>).
/// </summary>
internal static class Paginator
{
    /// <summary>Less than this share of a page's height filled is a nearly empty page.</summary>
    public const float MinimumFill = 0.25f;

    public sealed record PlacedPage(List<PageItem> Items, bool NoPageNumber, PageKind Kind, List<FlowSlice> Slices)
    {
        /// <summary>The first and last boxes placed on the page (-1 when none), and the height they use.</summary>
        public int First { get; set; } = -1;

        public int Last { get; set; } = -1;

        public float Used { get; set; }

        /// <summary>The page began because a box asked for a new page, not because the one before was full.</summary>
        public bool Forced { get; set; }
    }

    public static List<PlacedPage> Paginate(IReadOnlyList<FlowBox> input, float left, float top, float contentWidth, float contentHeight,
        bool sectionsOnRight = false)
    {
        var boxes = PageFit.Fit(input, contentWidth, contentHeight);
        var breaks = new HashSet<int>();
        // Each round moves at least one break earlier; a few rounds settle any real document.
        for (var round = 0; ; round++)
        {
            var pages = Pass(boxes, breaks, left, top, contentHeight, sectionsOnRight);
            if (round >= 12 || !PageBalance.MoveBreaks(boxes, pages, breaks, contentHeight)) return pages;
        }
    }

    private static List<PlacedPage> Pass(IReadOnlyList<FlowBox> boxes, HashSet<int> breaks, float left, float top, float contentHeight,
        bool sectionsOnRight)
    {
        var pages = new List<PlacedPage>();
        var current = Blank();
        var empty = true;
        var run = 0;
        var committedUntil = -1;

        void NewPage(bool forced)
        {
            pages.Add(current);
            current = Blank();
            current.Forced = forced;
            empty = true;
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.BreakBefore) run++;
            // A break for looks is not taken after a page that would be left nearly empty, nor before a short chapter that fits.
            var sharing = box.BreakBefore && !empty && (box.ShareIfShort || box.JoinsShortRun)
                && (current.Used < contentHeight * MinimumFill || box.ShareIfShort && ShortSectionFits(boxes, i, current.Used, contentHeight));
            if (box.BreakBefore && !empty && !sharing) NewPage(true);
            else if (breaks.Contains(i) && !empty) NewPage(false);
            // Duplex printing: a chapter starts on a right-hand (odd) page, with a blank left page if needed.
            if (sectionsOnRight && box.SectionStart && empty && pages.Count % 2 == 1)
            {
                pages.Add(current with { NoPageNumber = true, Kind = PageKind.Blank });
                current = Blank();
                current.Forced = true;
            }
            // A chapter running on after another gets twice the space a heading has, to be seen as a new start.
            var space = empty ? 0 : sharing ? 2 * box.SpaceBefore : box.SpaceBefore;
            if (i > committedUntil)
            {
                var (count, height) = Chain(boxes, i, contentHeight);
                if (!empty && current.Used + space + height > contentHeight)
                {
                    NewPage(false);
                    space = 0;
                }
                committedUntil = i + count - 1;
            }
            else if (!empty && current.Used + space + box.Height > contentHeight)
            {
                NewPage(false);
                space = 0;
            }
            if (box.NoPageNumber) current = current with { NoPageNumber = true };
            if (box.Opener && empty) current = current with { Kind = PageKind.Opener };
            if (box.Role == FlowRole.Cover) current = current with { Kind = PageKind.Cover };
            // A table row starting a page continues a table from the page before: its header row comes again.
            if (empty && box.RepeatHeader is { } header)
            {
                foreach (var item in header.Items) current.Items.Add(item.Offset(left, top + current.Used));
                current.Used += header.Height;
            }
            var y = top + current.Used + space;
            foreach (var item in box.Items) current.Items.Add(item.Offset(left, y));
            current.Used += space + box.Height;
            if (box.Items.Count > 0)
            {
                current.Slices.Add(new FlowSlice(box.Role, box.Block, run, y, y + box.Height));
                if (current.First < 0) current.First = i;
                current.Last = i;
                empty = false;
            }
            if (box.BreakAfter)
            {
                NewPage(true);
                run++;
            }
        }
        if (!empty || pages.Count == 0) pages.Add(current);
        return pages;
    }

    private static PlacedPage Blank() => new([], false, PageKind.Flow, []);

    /// <summary>
    /// How many boxes from this one must go on the page together, and their height: the whole chain of keeps
    /// when it fits on a page, else the longest part of it that fits and ends where only a wish is broken
    /// (never inside a firm keep), else the box alone.
    /// </summary>
    private static (int Count, float Height) Chain(IReadOnlyList<FlowBox> boxes, int start, float contentHeight)
    {
        var (count, _) = ChainOf(boxes, start, soft: true);
        (int, float) best = (1, boxes[start].Height);
        var height = 0f;
        for (var i = start; i < start + count; i++)
        {
            height += (i == start ? 0 : boxes[i].SpaceBefore) + boxes[i].Height;
            if (height > contentHeight) break;
            if (!boxes[i].KeepWithNext || i == start + count - 1 || BreaksInside(boxes, i)) best = (i - start + 1, height);
        }
        return best;
    }

    /// <summary>A figure too tall for what is left of a page (a family tree's rows) may break between its own parts.</summary>
    private static bool BreaksInside(IReadOnlyList<FlowBox> boxes, int i) =>
        boxes[i].Role == FlowRole.Other && i + 1 < boxes.Count && boxes[i + 1].Block == boxes[i].Block;

    internal static (int Count, float Height) ChainOf(IReadOnlyList<FlowBox> boxes, int start, bool soft)
    {
        var height = boxes[start].Height;
        var i = start;
        for (; i < boxes.Count - 1 && (boxes[i].KeepWithNext || soft && boxes[i].KeepWithNextIfRoom) && !boxes[i + 1].BreakBefore; i++)
            height += boxes[i + 1].SpaceBefore + boxes[i + 1].Height;
        return (i - start + 1, height);
    }

    /// <summary>
    /// A chapter whose page break is only for looks runs on after the one before when it would fill less than
    /// a quarter of a page of its own and fits in the room left.
    /// </summary>
    private static bool ShortSectionFits(IReadOnlyList<FlowBox> boxes, int start, float used, float contentHeight)
    {
        var end = start + 1;
        while (end < boxes.Count && !boxes[end].BreakBefore && !boxes[end - 1].BreakAfter) end++;
        var height = Span(boxes, start, end - 1);
        return height < contentHeight * MinimumFill && used + boxes[start].SpaceBefore * 2 + height <= contentHeight;
    }

    /// <summary>The height boxes first..last take stacked on one page, with the spaces between them.</summary>
    internal static float Span(IReadOnlyList<FlowBox> boxes, int first, int last)
    {
        var height = 0f;
        for (var i = first; i <= last; i++) height += (i == first ? 0 : boxes[i].SpaceBefore) + boxes[i].Height;
        return height;
    }
}
