using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A child's own words in a speech bubble: a soft rounded panel that never breaks. A quote too tall for a
/// page falls back to indented lines with a coloured bar, so nothing is ever cut.
/// </summary>
internal static class QuoteLayout
{
    private const float Padding = 14f;
    private const float Tail = 12f;

    public static IEnumerable<FlowBox> Layout(QuoteBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var style = context.Body;
        var paragraphs = block.Blocks.Select(InlinesOf).Where(i => i.Count > 0).ToList();
        var items = new List<PageItem>();
        var y = Padding;
        foreach (var inlines in paragraphs)
        {
            var (lines, height) = TextBoxes.Stack(inlines, style, context, width - 3 * Padding - 4, 2 * Padding + 4, y);
            items.AddRange(lines);
            y += height + theme.ParagraphSpacing / 2;
        }
        var total = y - theme.ParagraphSpacing / 2 + Padding;
        if (total <= context.ContentHeight * 0.8f)
        {
            items.Insert(0, new ShapeItem(new SKRect(0, 0, width, total), theme.AccentSoft, 18));
            items.Insert(1, new ShapeItem(new SKRect(Padding, Padding, Padding + 4, total - Padding), theme.Accent, 2));
            // The tail that makes the panel a speech bubble: these are someone's own words.
            items.Insert(1, PolygonItem.Of(theme.AccentSoft, new SKPoint(28, total - 1), new SKPoint(52, total - 1), new SKPoint(24, total + Tail)));
            yield return new FlowBox(total + Tail, items, SpaceBefore: theme.ParagraphSpacing * 1.5f);
            yield break;
        }
        foreach (var inlines in paragraphs)
            foreach (var box in TextBoxes.Lines(inlines, style, context, width - 20, theme.ParagraphSpacing))
                yield return box with { Items = [new ShapeItem(new SKRect(0, 0, 4, box.Height), theme.Accent), .. box.Items.Select(i => i.Offset(20, 0))] };
    }

    /// <summary>The text of a block inside a quote; nested structure is flattened to its words.</summary>
    private static IReadOnlyList<Inline> InlinesOf(Block block) => block switch
    {
        ParagraphBlock p => p.Inlines,
        HeadingBlock h => h.Inlines,
        QuoteBlock q => q.Blocks.SelectMany(InlinesOf).ToList(),
        ListBlock l => l.Items.SelectMany(item => item.SelectMany(b => InlinesOf(b).Append(new Inline("\n")))).ToList(),
        _ => [],
    };
}
