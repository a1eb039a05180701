namespace LifeStory.Documents.Layout;

/// <summary>
/// Makes every box fit a page before pagination: a box taller than a page is drawn smaller, and so is a big
/// box that must follow a heading, so the heading never ends a page above it (a full-page picture under a title).
/// </summary>
internal static class PageFit
{
    public static List<FlowBox> Fit(IReadOnlyList<FlowBox> input, float contentWidth, float contentHeight)
    {
        var boxes = input.ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            var height = Math.Min(box.Height, contentHeight);
            if (i > 0 && boxes[i - 1].KeepWithNext && !box.BreakBefore && box.Items.Count > 0)
            {
                var head = FirmHead(boxes, i - 1);
                // Only a short head (a heading and a line or two) is worth shrinking a big box for.
                if (head < contentHeight / 3 && head + box.SpaceBefore + height > contentHeight)
                    height = contentHeight - head - box.SpaceBefore;
            }
            // Shrunk once, from its own size, so a box is never a scaled copy of a scaled copy.
            if (height < box.Height) boxes[i] = Shrink(box, contentWidth, contentHeight, height);
        }
        JoinShortRunsToOpeners(boxes, contentWidth, contentHeight);
        FitNearlyFullRuns(boxes, contentWidth, contentHeight);
        return boxes;
    }

    /// <summary>
    /// A chapter's title and a line or two, followed by a part that opens a page of its own (the youngest
    /// readers' book), would leave the title nearly alone on its page: the part follows it on the same page.
    /// </summary>
    private static void JoinShortRunsToOpeners(List<FlowBox> boxes, float contentWidth, float contentHeight)
    {
        for (var start = 0; start < boxes.Count;)
        {
            var end = RunEnd(boxes, start);
            if (end < boxes.Count && boxes[end].JoinsShortRun && !boxes[end - 1].BreakAfter
                && Paginator.Span(boxes, start, end - 1) < contentHeight * Paginator.MinimumFill)
            {
                boxes[end] = boxes[end] with { BreakBefore = false, Opener = false, SpaceBefore = boxes[end].SpaceBefore * 2 };
                // The part's picture gives way a little if that is what it takes to fit under the title.
                var (count, _) = Paginator.ChainOf(boxes, end, soft: true);
                var over = Paginator.Span(boxes, start, end + count - 1) - contentHeight;
                var pictures = Enumerable.Range(end, count).Where(i => boxes[i].Role is FlowRole.Picture or FlowRole.Drawing).ToList();
                if (over > 0 && pictures.Count > 0 && pictures.MaxBy(i => boxes[i].Height) is var biggest && over <= boxes[biggest].Height * 0.4f)
                    boxes[biggest] = Shrink(boxes[biggest], contentWidth, contentHeight, boxes[biggest].Height - over);
            }
            start = end;
        }
    }

    /// <summary>The box after the last of the run that starts here: the next forced break, or the end.</summary>
    private static int RunEnd(List<FlowBox> boxes, int start)
    {
        var end = start + 1;
        while (end < boxes.Count && !boxes[end].BreakBefore && !boxes[end - 1].BreakAfter) end++;
        return end;
    }

    /// <summary>
    /// A run of the flow (a part between forced breaks: a Words and Pictures page) that misses fitting on one page
    /// by a little fits on it: its biggest picture is drawn smaller, down to 60% of its height, rather than its words split
    /// across two pages with a nearly empty page before them.
    /// </summary>
    private static void FitNearlyFullRuns(List<FlowBox> boxes, float contentWidth, float contentHeight)
    {
        for (var start = 0; start < boxes.Count;)
        {
            var end = RunEnd(boxes, start);
            var over = Paginator.Span(boxes, start, end - 1) - contentHeight;
            var pictures = Enumerable.Range(start, end - start).Where(i => boxes[i].Role is FlowRole.Picture or FlowRole.Drawing).ToList();
            if (over > 0 && pictures.Count > 0)
            {
                var biggest = pictures.MaxBy(i => boxes[i].Height);
                if (over <= boxes[biggest].Height * 0.4f)
                    boxes[biggest] = Shrink(boxes[biggest], contentWidth, contentHeight, boxes[biggest].Height - over);
            }
            start = end;
        }
    }

    /// <summary>The height of the firm keep chain that ends with this box.</summary>
    private static float FirmHead(List<FlowBox> boxes, int last)
    {
        var first = last;
        while (first > 0 && boxes[first - 1].KeepWithNext && !boxes[first].BreakBefore) first--;
        return Paginator.Span(boxes, first, last);
    }

    /// <summary>A box drawn smaller as one scaled group of the given height, centred across the column.</summary>
    private static FlowBox Shrink(FlowBox box, float contentWidth, float contentHeight, float height)
    {
        var scale = height / box.Height;
        var width = contentWidth * scale;
        var x = (contentWidth - width) / 2;
        var group = new ScaledItem(new SkiaSharp.SKRect(x, 0, x + width, height), box.Items, scale);
        return box with { Height = height, Items = [group], KeepWithNext = height < contentHeight && box.KeepWithNext };
    }
}
