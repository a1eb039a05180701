using LifeStory.Documents.Decorations;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>The cover: a coloured page, the title large, the child's chosen photo in a rounded frame, a line under it.</summary>
internal static class CoverLayout
{
    public static IEnumerable<FlowBox> Layout(CoverBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        if (Math.Abs(width - context.ContentWidth) > 0.5f)
        {
            // A cover inside a list or panel cannot own the page: print its parts in the flow.
            var parts = new List<Block> { new HeadingBlock(1, [new Inline(block.Title)]) };
            if (block.PictureSource is { } picture) parts.Add(new PictureBlock(picture));
            if (block.Subtitle is { } subtitle) parts.Add(new ParagraphBlock([new Inline(subtitle)]));
            foreach (var box in parts.SelectMany(p => BlockLayout.Layout(p, context, width))) yield return box;
            yield break;
        }
        var margin = theme.Margin;
        var ink = theme.CoverInk ?? theme.Accent;
        var paper = theme.CoverPaper ?? theme.AccentSoft;
        var items = new List<PageItem>
        {
            new FurnitureItem(new ShapeItem(new SKRect(-margin, -margin, theme.Page.Width - margin, theme.Page.Height - margin), paper)),
            new FurnitureItem(new ShapeItem(new SKRect(-margin, context.ContentHeight + margin - 36, theme.Page.Width - margin, theme.Page.Height - margin), ink)),
        };
        var titleStyle = new ParagraphStyle(FontRole.Heading, theme.HeadingSize(1) * 1.5f, ink, 1.15f, TextAlign.Center);
        var (title, titleHeight) = TextBoxes.Stack([new Inline(block.Title)], titleStyle, context, width, 0, 30);
        items.AddRange(title);
        var y = 30 + titleHeight + 24;

        if (block.PictureSource is { } source)
        {
            var side = Math.Min(width * 0.8f, context.ContentHeight - y - 140);
            var info = context.Pictures.Describe(source, out var problem);
            var left = (width - side) / 2;
            var frame = new SKRect(left - 10, y - 10, left + side + 10, y + side + 10);
            items.Add(new ShapeItem(frame, SKColors.White, 24, ink, 2));
            if (info is null)
                context.Problems.Add(problem ?? $"The cover picture '{source}' could not be used.");
            else
                items.Add(new PictureItem(new SKRect(left, y, left + side, y + side), source, PictureGeometry.Crop(info.Aspect, 1f), 16));
            y += side + 34;
        }

        if (!string.IsNullOrWhiteSpace(block.Subtitle))
        {
            var style = new ParagraphStyle(FontRole.Body, theme.BodySize * 1.25f, theme.Text, 1.3f, TextAlign.Center);
            items.AddRange(TextBoxes.Stack([new Inline(block.Subtitle)], style, context, width, 0, y).Items);
        }
        var fitted = FitToPage(items, width, context.ContentHeight);
        if (theme.Motif is { } motif)
        {
            // The child's favourite thing around the title and photo, never over them, in its own colours.
            var page = new SKRect(-margin, -margin, theme.Page.Width - margin, theme.Page.Height - margin);
            var clear = fitted.Skip(1).Select(i => i switch
            {
                FurnitureItem band => band.Bounds,
                TextItem text => text.InkBounds,
                _ => i.Bounds,
            }).ToList();
            fitted.InsertRange(2, DecorationLayout.CoverMotifs(page, motif, MotifArt.DefaultColour(motif), clear).Select(m => new FurnitureItem(m)));
        }
        yield return new FlowBox(context.ContentHeight, fitted, BreakBefore: true, BreakAfter: true, NoPageNumber: true);
    }

    /// <summary>A title too long for the cover is drawn smaller rather than run off the page.</summary>
    private static List<PageItem> FitToPage(List<PageItem> items, float width, float height)
    {
        var content = items.Where(i => i is not FurnitureItem).ToList();
        var bottom = content.Count == 0 ? 0 : content.Max(i => i.Bounds.Bottom);
        if (bottom <= height) return items;
        var scale = height / bottom;
        var x = (width - width * scale) / 2;
        return [.. items.OfType<FurnitureItem>(), new ScaledItem(new SKRect(x, 0, x + width * scale, height), content, scale)];
    }
}
