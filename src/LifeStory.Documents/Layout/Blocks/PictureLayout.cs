using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A picture scaled to its share of the column and at most about half a page tall, centred, with its caption
/// under it in one unbreakable box: a caption is never separated from its picture. Fill crops to a 4:3 box
/// around the focus point; a polaroid frame puts the caption inside a white border.
/// </summary>
internal static class PictureLayout
{
    private const float PolaroidEdge = 10f;

    /// <summary>The shape of a filled picture's box and of each box in a grid of photos: 4:3, like most photos.</summary>
    internal const float FrameAspect = 4f / 3;

    /// <summary>Written inside the box drawn where a picture is missing or was left out.</summary>
    public const string PlaceholderWords = "A picture will go here";

    public static IEnumerable<FlowBox> Layout(PictureBlock block, LayoutContext context, float width)
    {
        var (items, height) = Place(block, context, width, context.ContentHeight * block.Style.PageShare, context.Theme.BodySize * 0.9f);
        yield return new FlowBox(height, items, SpaceBefore: context.Theme.ParagraphSpacing * 1.5f);
    }

    /// <summary>Lays one picture and its caption out at the top-left of a box of the given width.</summary>
    public static (List<PageItem> Items, float Height) Place(PictureBlock block, LayoutContext context, float width, float maxHeight,
        float captionSize, float? boxAspect = null)
    {
        var theme = context.Theme;
        var style = block.Style;
        var items = new List<PageItem>();
        var frame = style.Frame == PictureFrame.Polaroid ? PolaroidEdge : 0;
        var available = width * Math.Clamp(style.Width, 0.2f, 1f) - 2 * frame;
        var info = context.Pictures.Describe(block.Source, out var problem);
        if (info is null) context.Problems.Add(problem ?? $"The picture '{block.Source}' could not be used.");
        // A scanned drawing trimmed of its empty paper: from here on the picture is just the part inside the trim.
        var trim = style.Trim && info is not null ? context.Pictures.TrimBox(block.Source) : new SKRect(0, 0, 1, 1);
        if (info is not null && style.Trim)
            info = new Pictures.PictureInfo(Math.Max(1, (int)(info.Width * trim.Width)), Math.Max(1, (int)(info.Height * trim.Height)));

        var aspect = boxAspect ?? (style.Fit == PictureFit.Fill ? FrameAspect : info?.Aspect ?? FrameAspect);
        if (style.Height is { } fixedHeight && boxAspect is null) aspect = Math.Max(0.2f, available / fixedHeight);
        var w = available;
        var h = w / aspect;
        if (h > maxHeight)
        {
            h = maxHeight;
            w = h * aspect;
        }
        var left = (width - w) / 2;
        var picture = new SKRect(left, frame, left + w, frame + h);

        var captionStyle = new ParagraphStyle(FontRole.Body, captionSize, theme.Text, 1.3f, TextAlign.Center);
        var caption = string.IsNullOrWhiteSpace(block.Caption) ? null : new Inline(block.Caption, InlineStyle.Italic);
        var captionItems = new List<PageItem>();
        var captionHeight = 0f;
        if (caption is not null)
        {
            // A polaroid's caption is written inside its frame; any other caption may use the whole column.
            var (captionX, captionWidth) = frame > 0 ? (left - frame, w + 2 * frame) : (0f, width);
            (captionItems, captionHeight) = TextBoxes.Stack([caption], captionStyle, context, captionWidth, captionX, picture.Bottom + 6);
        }
        var bottom = picture.Bottom + (caption is null ? 0 : 6 + captionHeight) + frame;

        if (frame > 0)
            items.Add(new ShapeItem(new SKRect(left - frame, 0, left + w + frame, bottom), SKColors.White, 3, theme.AccentSoft.WithAlpha(255), 1.5f));
        if (info is null)
        {
            items.Add(new ShapeItem(picture, theme.AccentSoft, 12, theme.Accent, 1));
            items.AddRange(PlaceholderText(picture, context, captionSize));
        }
        else
        {
            var inner = PictureGeometry.Crop(info.Aspect, w / h, style.FocusX, style.FocusY);
            var crop = new SKRect(trim.Left + inner.Left * trim.Width, trim.Top + inner.Top * trim.Height,
                trim.Left + inner.Right * trim.Width, trim.Top + inner.Bottom * trim.Height);
            items.Add(new PictureItem(picture, block.Source, crop, style.Frame == PictureFrame.Rounded ? 10 : 0, style.BlackAndWhite));
        }
        items.AddRange(captionItems);
        return (items, bottom);
    }

    /// <summary>
    /// A calm line in the middle of an empty picture box, so a child (or carer) reading the book sees a photo is
    /// coming rather than wondering what is missing. Left out when the box is too small to hold it.
    /// </summary>
    private static List<PageItem> PlaceholderText(SKRect box, LayoutContext context, float size)
    {
        const float Padding = 8;
        var style = new ParagraphStyle(FontRole.Body, size, context.Theme.Accent, 1.3f, TextAlign.Center);
        Inline[] text = [new(PlaceholderWords, InlineStyle.Italic)];
        var width = box.Width - 2 * Padding;
        if (width <= 0) return [];
        var (_, height) = TextBoxes.Stack(text, style, context, width, 0, 0);
        if (height > box.Height - 2 * Padding) return [];
        return TextBoxes.Stack(text, style, context, width, box.Left + Padding, box.MidY - height / 2).Items;
    }
}
