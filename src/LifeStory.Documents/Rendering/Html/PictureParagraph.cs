using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>A paragraph holding only pictures (and the spaces or line breaks between them) stands for pictures, as in the PDF.</summary>
internal static class PictureParagraph
{
    /// <summary>The paragraph's pictures, or an empty list when it is ordinary text.</summary>
    public static IReadOnlyList<LinkInline> Pictures(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.ToList() ?? [];
        var images = inlines.OfType<LinkInline>().Where(link => link.IsImage).ToList();
        var onlyImages = images.Count > 0 && inlines.All(inline => inline is LinkInline { IsImage: true } or LineBreakInline
            || inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
        return onlyImages ? images : [];
    }

    public static bool IsPictures(Block block) => block is ParagraphBlock paragraph && Pictures(paragraph).Count > 0;
}
