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
        var margin = theme.Margin;
        var items = new List<PageItem>
        {
            new ShapeItem(new SKRect(-margin, -margin, theme.Page.Width - margin, theme.Page.Height - margin), theme.AccentSoft),
            new ShapeItem(new SKRect(-margin, context.ContentHeight + margin - 36, theme.Page.Width - margin, theme.Page.Height - margin), theme.Accent),
        };
        var titleStyle = new ParagraphStyle(FontRole.Heading, theme.HeadingSize(1) * 1.5f, theme.Accent, 1.15f, TextAlign.Center);
        var (title, titleHeight) = TextBoxes.Stack([new Inline(block.Title)], titleStyle, context, width, 0, 30);
        items.AddRange(title);
        var y = 30 + titleHeight + 24;

        if (block.PictureSource is { } source)
        {
            var side = Math.Min(width * 0.8f, context.ContentHeight - y - 140);
            var info = context.Pictures.Describe(source, out var problem);
            var left = (width - side) / 2;
            var frame = new SKRect(left - 10, y - 10, left + side + 10, y + side + 10);
            items.Add(new ShapeItem(frame, SKColors.White, 24, theme.Accent, 2));
            if (info is null)
                context.Problems.Add(problem ?? $"The cover picture '{source}' could not be used.");
            else
                items.Add(new PictureItem(new SKRect(left, y, left + side, y + side), source, SquareCrop(info.Aspect), 16));
            y += side + 34;
        }

        if (!string.IsNullOrWhiteSpace(block.Subtitle))
        {
            var style = new ParagraphStyle(FontRole.Body, theme.BodySize * 1.25f, theme.Text, 1.3f, TextAlign.Center);
            items.AddRange(TextBoxes.Stack([new Inline(block.Subtitle)], style, context, width, 0, y).Items);
        }
        yield return new FlowBox(context.ContentHeight, items, BreakBefore: true, BreakAfter: true, NoPageNumber: true);
    }

    /// <summary>The middle square of a picture: the cover frame is square whatever the photo's shape.</summary>
    internal static SKRect SquareCrop(float aspect) => aspect >= 1
        ? new SKRect((1 - 1 / aspect) / 2, 0, (1 + 1 / aspect) / 2, 1)
        : new SKRect(0, (1 - aspect) / 2, 1, (1 + aspect) / 2);
}
