using LifeStory.Documents.Model;
using SkiaSharp;

namespace LifeStory.Documents.Layout.Blocks;

/// <summary>Measures any block into flow boxes at a given width; one layout per kind of block.</summary>
internal static class BlockLayout
{
    public static IEnumerable<FlowBox> Layout(Block block, LayoutContext context, float width) => block switch
    {
        HeadingBlock heading => HeadingLayout.Layout(heading, context, width),
        ParagraphBlock paragraph => ParagraphLayout.Layout(paragraph, context, width),
        ListBlock list => ListLayout.Layout(list, context, width),
        QuoteBlock quote => QuoteLayout.Layout(quote, context, width),
        PictureBlock picture => PictureLayout.Layout(picture, context, width),
        CoverBlock cover => CoverLayout.Layout(cover, context, width),
        PictureGridBlock grid => PictureGridLayout.Layout(grid, context, width),
        BesideBlock beside => BesideLayout.Layout(beside, context, width),
        PanelBlock panel => PanelLayout.Layout(panel, context, width),
        ScaleBlock scale => ScaleLayout.Layout(scale, context, width),
        TimelineBlock timeline => TimelineLayout.Layout(timeline, context, width),
        FamilyTreeBlock tree => FamilyTreeLayout.Layout(tree, context, width),
        TableBlock table => TableLayout.Layout(table, context, width),
        ContentsBlock contents => ContentsLayout.Layout(contents, context, width),
        DividerBlock => [new FlowBox(12, [new ShapeItem(new SKRect(width * 0.3f, 6, width * 0.7f, 7.2f), context.Theme.Accent)], context.Theme.ParagraphSpacing)],
        PageBreakBlock => [new FlowBox(0, [], BreakBefore: true)],
        _ => [],
    };
}
