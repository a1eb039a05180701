using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Paragraphs, except that a paragraph of pictures becomes figures rather than a <c>p</c>.</summary>
internal sealed class PictureParagraphRenderer(HtmlRenderContext context) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        var pictures = PictureParagraph.Pictures(obj);
        if (pictures.Count == 0)
        {
            base.Write(renderer, obj);
            return;
        }
        foreach (var picture in pictures) FigureWriter.Write(renderer, picture, context);
    }
}
