using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Rules about what shares a page, decided from the document's blocks in order, so that nothing is left
/// stranded whatever the case's words: each block's boxes get their role, and the boxes at a block's edges
/// are asked to keep with the next block where a reader would expect them together. All but the heading rule
/// (which the heading's own layout keeps) are wishes the paginator keeps when the chain fits on one page.
/// </summary>
internal static class KeepRules
{
    public static List<FlowBox> Apply(IReadOnlyList<Block> blocks, IReadOnlyList<List<FlowBox>> laid)
    {
        var runs = Runs(laid);
        var boxes = laid.Select((list, i) => list.Select(b => b with { Block = i, Role = RoleOf(blocks[i], b) }).ToList()).ToList();

        for (var i = 0; i < boxes.Count; i++)
        {
            if (!HasContent(boxes[i])) continue;
            var next = NextInRun(boxes, runs, i);
            var previous = PreviousInRun(boxes, runs, i);
            // A picture (or a tree, timeline, table or scale) goes with the heading or words that lead to it; a drawing's
            // own words lead to nothing after it.
            if (blocks[i] is PictureBlock or PictureGridBlock or FamilyTreeBlock or TimelineBlock or TableBlock or ScaleBlock && previous is { } before && boxes[before][^1].Role is FlowRole.Text or FlowRole.Heading
                && !(PreviousInRun(boxes, runs, before) is { } drawing && boxes[drawing][^1].Role == FlowRole.Drawing))
                KeepLast(boxes[before]);
            // A drawing's words stay with the drawing.
            if (boxes[i][^1].Role == FlowRole.Drawing && next is { } words && blocks[words] is ParagraphBlock)
                KeepLast(boxes[i]);
            // The last thing in a chapter (a glossary's last word, a letter's name) never sits alone on a page.
            if (next is null && previous is { } earlier) KeepLast(boxes[earlier]);
        }
        MarkClosings(blocks, boxes, runs);
        return boxes.SelectMany(b => b).ToList();
    }

    /// <summary>
    /// A letter's sign-off: a one-line paragraph ending in a comma ("With best wishes,") followed only by
    /// one-line paragraphs (the name) to the end of its run. It is kept with the paragraph before it.
    /// </summary>
    private static void MarkClosings(IReadOnlyList<Block> blocks, List<List<FlowBox>> boxes, int[] runs)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            if (!IsOneLine(blocks[i], boxes[i]) || !Text(blocks[i]).TrimEnd().EndsWith(',')) continue;
            var rest = Enumerable.Range(i + 1, boxes.Count - i - 1).Where(j => runs[j] == runs[i] && HasContent(boxes[j])).ToList();
            if (rest.Count == 0 || !rest.All(j => IsOneLine(blocks[j], boxes[j]))) continue;
            if (PreviousInRun(boxes, runs, i) is { } before) KeepLast(boxes[before]);
            foreach (var j in rest.Prepend(i))
            {
                boxes[j][0] = boxes[j][0] with { Role = FlowRole.Closing };
                if (j != rest[^1]) boxes[j][0] = boxes[j][0] with { KeepWithNext = true };
            }
            return;
        }
    }

    private static FlowRole RoleOf(Block block, FlowBox box) => block switch
    {
        HeadingBlock => FlowRole.Heading,
        PictureBlock { Style.Trim: true } => FlowRole.Drawing,
        PictureBlock or PictureGridBlock => FlowRole.Picture,
        CoverBlock when box.BreakAfter => FlowRole.Cover,
        ParagraphBlock or ListBlock or QuoteBlock or CoverBlock => FlowRole.Text,
        _ => FlowRole.Other,
    };

    /// <summary>The run (the flow between forced page breaks) each block belongs to.</summary>
    private static int[] Runs(IReadOnlyList<List<FlowBox>> laid)
    {
        var runs = new int[laid.Count];
        var run = 0;
        for (var i = 0; i < laid.Count; i++)
        {
            if (laid[i].Count > 0 && laid[i][0].BreakBefore) run++;
            runs[i] = run;
            if (laid[i].Count > 0 && laid[i][^1].BreakAfter) run++;
        }
        return runs;
    }

    private static int? NextInRun(List<List<FlowBox>> boxes, int[] runs, int i)
    {
        for (var j = i + 1; j < boxes.Count && runs[j] == runs[i]; j++)
            if (HasContent(boxes[j])) return j;
        return null;
    }

    private static int? PreviousInRun(List<List<FlowBox>> boxes, int[] runs, int i)
    {
        for (var j = i - 1; j >= 0 && runs[j] == runs[i]; j--)
            if (HasContent(boxes[j])) return j;
        return null;
    }

    private static void KeepLast(List<FlowBox> boxes)
    {
        if (!boxes[^1].KeepWithNext) boxes[^1] = boxes[^1] with { KeepWithNextIfRoom = true };
    }

    /// <summary>A page break is a block with a box but nothing to draw: it is no neighbour to keep with.</summary>
    private static bool HasContent(List<FlowBox> boxes) => boxes.Any(b => b.Items.Count > 0);

    private static bool IsOneLine(Block block, List<FlowBox> boxes) => block is ParagraphBlock && boxes.Count == 1;

    private static string Text(Block block) => block is ParagraphBlock p ? string.Concat(p.Inlines.Select(i => i.Text)) : "";
}
