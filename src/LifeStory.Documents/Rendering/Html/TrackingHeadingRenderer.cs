using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Headings as typed (ids were given to level 1 beforehand), remembering the level for panel titles.</summary>
internal sealed class TrackingHeadingRenderer(HtmlRenderContext context) : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        context.LastHeadingLevel = obj.Level;
        base.Write(renderer, obj);
    }
}
