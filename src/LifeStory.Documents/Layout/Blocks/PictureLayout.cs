using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A picture scaled to fit the column and at most about half a page tall, centred, with its caption under
/// it in one unbreakable box: a caption is never separated from its picture.
/// </summary>
internal static class PictureLayout
{
    public static IEnumerable<FlowBox> Layout(PictureBlock block, LayoutContext context, float width)
    {
        var theme = context.Theme;
        var maxHeight = context.ContentHeight * 0.42f;
        var items = new List<PageItem>();
        var info = context.Pictures.Describe(block.Source, out var problem);
        float w, h;
        if (info is null)
        {
            context.Problems.Add(problem ?? $"The picture '{block.Source}' could not be used.");
            w = width * 0.6f;
            h = w * 0.6f;
            var left = (width - w) / 2;
            items.Add(new ShapeItem(new SKRect(left, 0, left + w, h), theme.AccentSoft, 12, theme.Accent, 1));
        }
        else
        {
            w = width;
            h = w / info.Aspect;
            if (h > maxHeight)
            {
                h = maxHeight;
                w = h * info.Aspect;
            }
            var left = (width - w) / 2;
            items.Add(new PictureItem(new SKRect(left, 0, left + w, h), block.Source, new SKRect(0, 0, 1, 1), 10));
        }

        var height = h;
        if (!string.IsNullOrWhiteSpace(block.Caption))
        {
            var style = new ParagraphStyle(FontRole.Body, theme.BodySize * 0.9f, theme.Text, 1.3f, TextAlign.Center);
            var (captionItems, captionHeight) = TextBoxes.Stack([new Inline(block.Caption, InlineStyle.Italic)], style, context, width, 0, h + 6);
            items.AddRange(captionItems);
            height += 6 + captionHeight;
        }
        yield return new FlowBox(height, items, SpaceBefore: theme.ParagraphSpacing * 1.5f);
    }
}
