using System.Globalization;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>Bulleted and numbered lists: each item's blocks indented, the marker on the item's first line; lists nest.</summary>
internal static class ListLayout
{
    public static IEnumerable<FlowBox> Layout(ListBlock block, LayoutContext context, float width)
    {
        var indent = Indent(block, context);
        var number = block.Start;
        var first = true;
        foreach (var item in block.Items)
        {
            var marker = block.Ordered ? number.ToString(CultureInfo.InvariantCulture) + "." : "•";
            number++;
            var boxes = item.SelectMany(b => BlockLayout.Layout(b, context, width - indent)).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                var box = boxes[i];
                var items = box.Items.Select(it => it.Offset(indent, 0)).ToList();
                if (i == 0)
                {
                    var markerItem = Marker(marker, context, indent, box);
                    items.Add(markerItem);
                    // An item that starts with something short (or nothing) still needs room for its marker.
                    box = box with { Height = Math.Max(box.Height, markerItem.Bounds.Bottom) };
                }
                // Items sit closer together than paragraphs; the list as a whole keeps its paragraph spacing.
                var space = i == 0 ? (first ? context.Theme.ParagraphSpacing : context.Theme.ParagraphSpacing / 3) : box.SpaceBefore;
                boxes[i] = box with { Items = items, SpaceBefore = space, BreakBefore = false };
            }
            first = false;
            foreach (var box in boxes) yield return box;
        }
    }

    /// <summary>The usual indent, widened when a number ("100.") would not fit in it with a gap before the text.</summary>
    private static float Indent(ListBlock block, LayoutContext context)
    {
        var indent = context.Theme.BodySize * 1.6f;
        if (!block.Ordered) return indent;
        var style = context.Body;
        var gap = context.Theme.BodySize * 0.4f;
        for (var n = block.Start; n < block.Start + block.Items.Count; n++)
        {
            var marker = n.ToString(CultureInfo.InvariantCulture) + ".";
            var width = context.Break([new Inline(marker, InlineStyle.Bold)], style, float.MaxValue)[0].Width;
            indent = Math.Max(indent, width + gap);
        }
        return indent;
    }

    private static TextItem Marker(string marker, LayoutContext context, float indent, FlowBox box)
    {
        var style = context.Body with { Color = context.Theme.Accent };
        var line = context.Break([new Inline(marker, InlineStyle.Bold)], style, indent)[0];
        // Sit the marker on the baseline of the item's first line.
        var firstLine = box.Items.OfType<TextItem>().FirstOrDefault();
        var dy = firstLine is null ? 0 : Math.Max(0, firstLine.Bounds.Top + firstLine.Line.Baseline - line.Baseline);
        return new TextItem(new SKRect(0, dy, indent, dy + line.Height), line);
    }
}
