using LifeStory.Documents.Decorations;
using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A heading keeps with what follows; a level-1 heading may start a new page (a chapter of the book), unless
/// the chapter is short; for the youngest a level-2 heading opens a page of its own, by design.
/// </summary>
internal static class HeadingLayout
{
    public static IEnumerable<FlowBox> Layout(HeadingBlock block, LayoutContext context, float width)
    {
        var style = context.Heading(block.Level);
        var boxes = TextBoxes.Lines(block.Inlines, style, context, width, spaceBefore: style.Size * 0.9f, keepAll: true);
        if (boxes.Count > 0 && block.Level == 1)
        {
            // Each chapter gets a named place the contents page can link to.
            var name = context.AnchorFor(block);
            var anchor = name is null ? null : new AnchorItem(new SkiaSharp.SKRect(0, 0, 1, 1), name);
            // The child's favourite thing after a chapter's title, where there is room on the line.
            if (context.Theme is { Motif: { } motif, QuietChapters: false } && boxes[0].Items is [TextItem line]
                && DecorationLayout.SectionMotif(line.Bounds, motif, MotifArt.DefaultColour(motif), line.InkBounds) is { } beside)
                boxes[0] = boxes[0] with { Items = [line, beside] };
            boxes[0] = boxes[0] with
            {
                BreakBefore = context.Theme.NewPageForLevel1Headings,
                SectionStart = context.Theme.NewPageForLevel1Headings,
                // A chapter's own page is for looks: a short one may run on after the one before.
                ShareIfShort = context.Theme.DensePages,
                Items = anchor is null ? boxes[0].Items : [anchor, .. boxes[0].Items],
            };
        }
        // For the youngest readers each part (a level-2 heading) has a page of its own.
        if (boxes.Count > 0 && block.Level == 2 && context.Theme.NewPageForLevel2Headings)
            boxes[0] = boxes[0] with { BreakBefore = true, Opener = true, JoinsShortRun = context.Theme.DensePages };
        if (boxes.Count > 0)
            boxes[^1] = boxes[^1] with { Height = boxes[^1].Height + style.Size * 0.3f };
        return boxes;
    }
}
