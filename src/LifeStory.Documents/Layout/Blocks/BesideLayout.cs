using LifeStory.Documents.Decorations;
using LifeStory.Documents.Model;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A picture on the left and words on the right, kept together. When the words are too long to sit beside
/// the picture on one page, the picture comes first and the words flow after it. An easy-read point has a square
/// picture (a photo cropped round its focus, or a drawn motif) and its words centred on it when they are shorter.
/// </summary>
internal static class BesideLayout
{
    private const float Gap = 16f;

    public static IEnumerable<FlowBox> Layout(BesideBlock block, LayoutContext context, float width)
    {
        var pictureWidth = width * block.PictureShare;
        var (pictureItems, pictureHeight) = Picture(block, context, pictureWidth);
        var textWidth = width - pictureWidth - Gap;
        var textBoxes = block.Blocks.SelectMany(b => BlockLayout.Layout(b, context, textWidth)).ToList();
        var (_, textHeight) = Stacking.Stack(textBoxes, 0, 0);
        // A point's few words sit level with the middle of its picture, so the eye joins them.
        var textTop = block.Point && textHeight < pictureHeight ? (pictureHeight - textHeight) / 2 : 0;
        var (textItems, _) = Stacking.Stack(textBoxes, pictureWidth + Gap, textTop);
        var height = Math.Max(pictureHeight, textTop + textHeight);
        if (height <= context.ContentHeight * 0.8f)
        {
            yield return new FlowBox(height, [.. pictureItems, .. textItems], SpaceBefore: context.Theme.ParagraphSpacing * 1.5f);
            yield break;
        }
        if (block.Picture is { } picture)
            foreach (var box in PictureLayout.Layout(picture, context, width)) yield return box;
        foreach (var box in block.Blocks.SelectMany(b => BlockLayout.Layout(b, context, width))) yield return box;
    }

    private static (List<PageItem> Items, float Height) Picture(BesideBlock block, LayoutContext context, float width)
    {
        if (block.Picture is { } picture)
        {
            var style = block.Point ? picture.Style with { Width = 1f, Fit = PictureFit.Fill } : picture.Style with { Width = 1f };
            return PictureLayout.Place(picture with { Style = style }, context, width, block.Point ? width : context.ContentHeight * 0.5f,
                context.Theme.BodySize * 0.85f, block.Point ? 1f : null);
        }
        if (block.Motif is not { } motif) return ([], 0);
        return ([new MotifItem(new SKRect(0, 0, width, width), motif, MotifArt.DefaultColour(motif))], width);
    }
}
