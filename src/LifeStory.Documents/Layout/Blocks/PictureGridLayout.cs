using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>
/// Pictures side by side: two or three to a row, four as two rows of two. Every cell has the same 4:3 shape,
/// filled around each picture's focus point, so the grid looks tidy whatever the photos' shapes. Each row is
/// one unbreakable box.
/// </summary>
internal static class PictureGridLayout
{
    private const float Gap = 12f;

    public static IEnumerable<FlowBox> Layout(PictureGridBlock block, LayoutContext context, float width)
    {
        var count = block.Pictures.Count;
        var columns = count switch { 1 => 1, 2 or 4 => 2, _ => 3 };
        var cell = (width - Gap * (columns - 1)) / columns;
        for (var start = 0; start < count; start += columns)
        {
            var items = new List<PageItem>();
            var height = 0f;
            for (var i = start; i < Math.Min(count, start + columns); i++)
            {
                var picture = block.Pictures[i] with { Style = block.Pictures[i].Style with { Fit = PictureFit.Fill, Width = 1f } };
                var (placed, h) = PictureLayout.Place(picture, context, cell, context.ContentHeight * 0.4f, context.Theme.BodySize * 0.8f, PictureLayout.FrameAspect);
                items.AddRange(placed.Select(p => p.Offset((i - start) * (cell + Gap), 0)));
                height = Math.Max(height, h);
            }
            yield return new FlowBox(height, items, SpaceBefore: start == 0 ? context.Theme.ParagraphSpacing * 1.5f : Gap);
        }
    }
}
