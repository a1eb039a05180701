using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// Moments along a line, oldest first: a dot for each, its date above and what happened below. Up to four
/// moments share a strip; more continue on further strips, each strip one unbreakable box.
/// </summary>
internal static class TimelineLayout
{
    private const int PerStrip = 4;

    public static IEnumerable<FlowBox> Layout(TimelineBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var when = new ParagraphStyle(FontRole.Heading, theme.BodySize * 0.95f, theme.Accent, 1.2f, TextAlign.Center);
        var what = new ParagraphStyle(FontRole.Body, theme.BodySize * 0.85f, theme.Text, 1.3f, TextAlign.Center);
        for (var start = 0; start < block.Entries.Count; start += PerStrip)
        {
            var entries = block.Entries.Skip(start).Take(PerStrip).ToList();
            var column = width / PerStrip;
            var items = new List<PageItem>();
            var dateHeight = entries.Max(e => TextBoxes.Stack([new Inline(e.When)], when, context, column - 8, 0, 0).Height);
            var lineY = dateHeight + 10;
            var last = start + PerStrip >= block.Entries.Count;
            var lineEnd = last ? (entries.Count - 0.5f) * column : width;
            items.Add(new LineItem(new SKRect(column / 2, lineY, lineEnd, lineY), theme.Accent, 3, Dashed: false));
            var height = 0f;
            for (var i = 0; i < entries.Count; i++)
            {
                var x = i * column;
                var centre = x + column / 2;
                items.AddRange(TextBoxes.Stack([new Inline(entries[i].When)], when, context, column - 8, x + 4, lineY - 10 - dateHeight).Items);
                items.Add(new ShapeItem(new SKRect(centre - 7, lineY - 7, centre + 7, lineY + 7), SKColors.White, 7, theme.Accent, 3));
                var (text, textHeight) = TextBoxes.Stack([new Inline(entries[i].What)], what, context, column - 10, x + 5, lineY + 14);
                items.AddRange(text);
                height = Math.Max(height, lineY + 14 + textHeight);
            }
            if (height > context.ContentHeight * 0.8f)
            {
                // Too many words for a strip: the same moments as plain lines, so nothing is cut.
                foreach (var entry in entries)
                    foreach (var box in TextBoxes.Lines([new Inline(entry.When + ": ", InlineStyle.Bold), new Inline(entry.What)], context.Body, context, width, theme.ParagraphSpacing))
                        yield return box;
                continue;
            }
            yield return new FlowBox(height, items, SpaceBefore: theme.ParagraphSpacing * (start == 0 ? 1.5f : 2f));
        }
    }
}
