using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>Lines of a paragraph as flow boxes, with orphan and widow control.</summary>
internal static class TextBoxes
{
    public static List<FlowBox> Lines(IReadOnlyList<Inline> inlines, ParagraphStyle style, LayoutContext context, float width,
        float spaceBefore, bool keepAll = false)
    {
        var lines = context.Break(inlines, style, width);
        var boxes = new List<FlowBox>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Keep the first two lines together (no orphan) and the last two (no widow).
            var keep = keepAll || i == 0 && lines.Count > 1 || i == lines.Count - 2;
            boxes.Add(new FlowBox(line.Height, [new TextItem(new SKRect(0, 0, width, line.Height), line)],
                SpaceBefore: i == 0 ? spaceBefore : 0, KeepWithNext: keep));
        }
        return boxes;
    }

    /// <summary>Lines stacked into items of one box, for things that never break (captions, speech bubbles).</summary>
    public static (List<PageItem> Items, float Height) Stack(IReadOnlyList<Inline> inlines, ParagraphStyle style, LayoutContext context,
        float width, float x, float y)
    {
        var items = new List<PageItem>();
        var top = y;
        foreach (var line in context.Break(inlines, style, width))
        {
            items.Add(new TextItem(new SKRect(x, y, x + width, y + line.Height), line));
            y += line.Height;
        }
        return (items, y - top);
    }
}
