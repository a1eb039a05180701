using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// A picture on the left and words on the right, kept together. When the words are too long to sit beside
/// the picture on one page, the picture comes first and the words flow after it.
/// </summary>
internal static class BesideLayout
{
    private const float Gap = 16f;

    public static IEnumerable<FlowBox> Layout(BesideBlock block, LayoutContext context, float width)
    {
        var pictureWidth = width * 0.38f;
        var (pictureItems, pictureHeight) = PictureLayout.Place(block.Picture with { Style = block.Picture.Style with { Width = 1f } },
            context, pictureWidth, context.ContentHeight * 0.5f, context.Theme.BodySize * 0.85f);
        var textWidth = width - pictureWidth - Gap;
        var textBoxes = block.Blocks.SelectMany(b => BlockLayout.Layout(b, context, textWidth)).ToList();
        var (textItems, textHeight) = Stacking.Stack(textBoxes, pictureWidth + Gap, 0);
        var height = Math.Max(pictureHeight, textHeight);
        if (height <= context.ContentHeight * 0.8f)
        {
            yield return new FlowBox(height, [.. pictureItems, .. textItems], SpaceBefore: context.Theme.ParagraphSpacing * 1.5f);
            yield break;
        }
        foreach (var box in PictureLayout.Layout(block.Picture, context, width)) yield return box;
        foreach (var box in block.Blocks.SelectMany(b => BlockLayout.Layout(b, context, width))) yield return box;
    }
}
