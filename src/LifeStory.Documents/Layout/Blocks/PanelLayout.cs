using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A coloured panel with rounded corners and an optional title. A panel that fits on a page is one box;
/// a longer one flows line by line with its colour behind every line, so it continues across pages.
/// </summary>
internal static class PanelLayout
{
    private const float Padding = 16f;

    public static IEnumerable<FlowBox> Layout(PanelBlock block, LayoutContext context, float width)
    {
        var (fill, ink) = Colours(block.Tone, context);
        var inner = width - 2 * Padding;
        var boxes = new List<FlowBox>();
        if (block.Title is { } title)
        {
            var style = new ParagraphStyle(FontRole.Heading, context.Theme.HeadingSize(3), ink, 1.2f);
            boxes.AddRange(TextBoxes.Lines([new Inline(title)], style, context, inner, 0, keepAll: true));
        }
        foreach (var child in block.Blocks)
        {
            var childBoxes = BlockLayout.Layout(child, context, inner).ToList();
            if (boxes.Count == 0 && childBoxes.Count > 0) childBoxes[0] = childBoxes[0] with { SpaceBefore = 0 };
            boxes.AddRange(childBoxes);
        }
        var (items, height) = Stacking.Stack(boxes, Padding, Padding);
        var total = height + 2 * Padding;
        if (total <= context.ContentHeight * 0.85f)
        {
            items.Insert(0, new ShapeItem(new SKRect(0, 0, width, total), fill, 16));
            yield return new FlowBox(total, items, SpaceBefore: context.Theme.ParagraphSpacing * 1.5f);
            yield break;
        }
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            // Each slice carries its own gap above it, inside its colour, so the panel reads as one piece
            // on the page and a slice at the top of a page never reaches into the margin.
            var gap = i == 0 ? Padding : box.SpaceBefore;
            var bottom = i == boxes.Count - 1 ? Padding : 0;
            var slice = gap + box.Height + bottom;
            yield return box with
            {
                Height = slice,
                SpaceBefore = i == 0 ? context.Theme.ParagraphSpacing * 1.5f : 0,
                Items = [new ShapeItem(new SKRect(0, 0, width, slice), fill), .. box.Items.Select(it => it.Offset(Padding, gap))],
            };
        }
    }

    internal static (SKColor Fill, SKColor Ink) Colours(PanelTone tone, LayoutContext context) => tone switch
    {
        PanelTone.Warm => (new SKColor(0xFD, 0xEF, 0xDF), new SKColor(0xB3, 0x5C, 0x00)),
        PanelTone.Cool => (new SKColor(0xE3, 0xEE, 0xFA), new SKColor(0x2F, 0x5D, 0x8C)),
        _ => (context.Theme.AccentSoft, context.Theme.Accent),
    };
}
