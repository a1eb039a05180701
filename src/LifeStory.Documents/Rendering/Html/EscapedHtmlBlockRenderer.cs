using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>A guard: should the pipeline ever read HTML blocks, they are printed as typed, never passed through.</summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.EnsureLine().Write("<p>");
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true, softEscape: false);
        renderer.WriteLine("</p>");
    }
}
