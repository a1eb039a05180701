using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A table: columns as wide as their words need, a coloured header row repeated on every page the table
/// continues onto, one unbreakable box per row. A row too tall for any page is printed as plain paragraphs.
/// </summary>
internal static class TableLayout
{
    private const float Padding = 6f;

    public static IEnumerable<FlowBox> Layout(TableBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var body = context.Body with { Size = theme.BodySize * 0.92f, LineHeight = 1.3f };
        var widths = ColumnWidths(block, body, context, width);
        var (headerItems, headerHeight) = Row(block.Header.Select(c => (IReadOnlyList<Inline>)c.Select(i => i with { Style = i.Style | InlineStyle.Bold }).ToList()).ToList(),
            widths, body, context, theme.AccentSoft);
        var header = new RepeatedHeader(headerItems, headerHeight);
        yield return new FlowBox(headerHeight, headerItems, SpaceBefore: theme.ParagraphSpacing * 1.5f, KeepWithNext: block.Rows.Count > 0);
        foreach (var cells in block.Rows)
        {
            var (items, height) = Row(cells, widths, body, context, null);
            // A row must fit on a page under the repeated header; one that cannot is printed as paragraphs.
            if (height + headerHeight > context.ContentHeight * 0.8f)
            {
                foreach (var cell in cells)
                    foreach (var box in TextBoxes.Lines(cell, body, context, width, theme.ParagraphSpacing)) yield return box;
                continue;
            }
            items.Add(new LineItem(new SKRect(0, height, width, height), theme.AccentSoft, 1));
            yield return new FlowBox(height, items, RepeatHeader: header);
        }
    }

    private static (List<PageItem> Items, float Height) Row(IReadOnlyList<IReadOnlyList<Inline>> cells, float[] widths, ParagraphStyle style,
        LayoutContext context, SKColor? fill)
    {
        var items = new List<PageItem>();
        var x = 0f;
        var height = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Count ? cells[c] : [];
            var (text, h) = TextBoxes.Stack(cell, style, context, widths[c] - 2 * Padding, x + Padding, Padding);
            items.AddRange(text);
            height = Math.Max(height, h);
            x += widths[c];
        }
        height += 2 * Padding;
        if (fill is { } colour) items.Insert(0, new ShapeItem(new SKRect(0, 0, x, height), colour, 6));
        return (items, height);
    }

    /// <summary>Each column gets a share of the width in proportion to its longest cell, within sensible bounds.</summary>
    private static float[] ColumnWidths(TableBlock block, ParagraphStyle style, LayoutContext context, float width)
    {
        var columns = block.Header.Count;
        var natural = new float[columns];
        foreach (var row in block.Rows.Prepend(block.Header))
            for (var c = 0; c < Math.Min(columns, row.Count); c++)
                natural[c] = Math.Max(natural[c], context.Break(row[c], style, 10_000f).Sum(l => l.Width) + 2 * Padding);
        var total = natural.Sum();
        var shares = natural.Select(n => Math.Clamp(total <= 0 ? 1f / columns : n / total, 0.12f, 0.7f)).ToArray();
        var sum = shares.Sum();
        return shares.Select(s => width * s / sum).ToArray();
    }
}
