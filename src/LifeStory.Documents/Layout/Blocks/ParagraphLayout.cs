using LifeStory.Documents.Model;

namespace LifeStory.Documents.Layout.Blocks;

internal static class ParagraphLayout
{
    public static IEnumerable<FlowBox> Layout(ParagraphBlock block, LayoutContext context, float width) =>
        TextBoxes.Lines(block.Inlines, context.Body, context, width, context.Theme.ParagraphSpacing);
}
