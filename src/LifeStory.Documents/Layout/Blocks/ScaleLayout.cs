using System.Globalization;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A 0 to 10 scale: a bar with its numbers, what 0 and 10 mean under each end, and a marker for each person
/// with their name and score above the bar. Names that would collide go on a row further up.
/// </summary>
internal static class ScaleLayout
{
    private const float BarHeight = 14f;

    public static IEnumerable<FlowBox> Layout(ScaleBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var label = new ParagraphStyle(FontRole.Body, theme.BodySize * 0.85f, theme.Text, 1.2f);
        float X(int score) => 10 + (width - 20) * score / 10f;

        // Labels: "Maisie 9", placed in the lowest row where they do not overlap another label.
        var rows = new List<List<(float Left, float Right)>>();
        var placed = new List<(ScaleMark Mark, TextLine Line, int Row, float Left)>();
        foreach (var mark in block.Marks.OrderBy(m => m.Score))
        {
            var text = $"{mark.Who} {mark.Score.ToString(CultureInfo.InvariantCulture)}";
            var line = LineBreaker.Break([new Inline(text, InlineStyle.Bold)], label, context.Fonts, width)[0];
            var left = Math.Clamp(X(mark.Score) - line.Width / 2, 0, width - line.Width);
            var row = rows.FindIndex(r => r.All(span => left > span.Right + 6 || left + line.Width < span.Left - 6));
            if (row < 0) { rows.Add([]); row = rows.Count - 1; }
            rows[row].Add((left, left + line.Width));
            placed.Add((mark, line, row, left));
        }
        var items = new List<PageItem>();
        var questionHeight = 0f;
        if (block.Question is { } question)
        {
            (var questionItems, questionHeight) = TextBoxes.Stack([new Inline(question)], context.Body, context, width, 0, 0);
            items.AddRange(questionItems);
            questionHeight += 8;
        }
        var rowHeight = label.Size * 1.5f;
        var labelsTop = questionHeight;
        var barTop = labelsTop + rows.Count * rowHeight + 10;
        items.Add(new ShapeItem(new SKRect(0, barTop, width, barTop + BarHeight), theme.AccentSoft, BarHeight / 2, theme.Accent, 1));
        for (var n = 0; n <= 10; n++)
        {
            var number = LineBreaker.Break([new Inline(n.ToString(CultureInfo.InvariantCulture))], label with { Color = theme.Accent }, context.Fonts, 40)[0];
            var x = X(n) - number.Width / 2;
            items.Add(new TextItem(new SKRect(x, barTop + BarHeight + 2, x + number.Width, barTop + BarHeight + 2 + number.Height), number with { Offset = 0 }));
        }
        foreach (var (mark, line, row, left) in placed)
        {
            var top = labelsTop + (rows.Count - 1 - row) * rowHeight;
            var x = X(mark.Score);
            items.Add(new LineItem(new SKRect(x, top + line.Height, x, barTop + BarHeight / 2), theme.Accent, 1.2f));
            items.Add(new ShapeItem(new SKRect(x - 6, barTop + BarHeight / 2 - 6, x + 6, barTop + BarHeight / 2 + 6), theme.Accent, 6, SKColors.White, 1.5f));
            items.Add(new TextItem(new SKRect(left, top, left + line.Width, top + line.Height), line with { Offset = 0 }));
        }
        var endsTop = barTop + BarHeight + label.Size * 2.2f;
        var endWidth = width * 0.45f;
        var (zero, zeroHeight) = TextBoxes.Stack([new Inline("0 means: " + block.ZeroMeans)], label, context, endWidth, 0, endsTop);
        var (ten, tenHeight) = TextBoxes.Stack([new Inline("10 means: " + block.TenMeans)], label with { Align = TextAlign.End }, context, endWidth, width - endWidth, endsTop);
        items.AddRange(zero);
        items.AddRange(ten);
        var total = endsTop + Math.Max(zeroHeight, tenHeight);
        if (total > context.ContentHeight * 0.8f)
        {
            // Too many people or words to draw: the same scale as plain lines, so nothing is cut.
            var lines = new List<Inline[]>();
            if (block.Question is { } q) lines.Add([new Inline(q)]);
            lines.Add([new Inline("0 means: " + block.ZeroMeans + ". 10 means: " + block.TenMeans + ".")]);
            lines.AddRange(block.Marks.Select(m => new[] { new Inline(m.Who + ": "), new Inline(m.Score.ToString(CultureInfo.InvariantCulture), InlineStyle.Bold) }));
            foreach (var line in lines)
                foreach (var box in TextBoxes.Lines(line, context.Body, context, width, theme.ParagraphSpacing)) yield return box;
            yield break;
        }
        yield return new FlowBox(total, items, SpaceBefore: theme.ParagraphSpacing * 1.5f);
    }
}
