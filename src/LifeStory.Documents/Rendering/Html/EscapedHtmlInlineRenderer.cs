using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>A guard: should the pipeline ever read inline HTML, it is printed as typed, never passed through.</summary>
internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(HtmlText.Encode(obj.Tag));
}
