using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Plain text, with every run in another script than the page's marked with its language and direction.</summary>
internal sealed class ScriptRunLiteralRenderer(HtmlRenderContext context) : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        // Inside an attribute (a picture's alt text) no tag may be written: the text is escaped as it is.
        if (!renderer.EnableHtmlEscape) renderer.Write(ref obj.Content);
        else if (!renderer.EnableHtmlForInline) renderer.WriteEscape(ref obj.Content);
        else context.Languages.Write(renderer, obj.Content.ToString(), PartOf(obj));
    }

    /// <summary>The paragraph or heading the text is in: it may be marked with a language of its own.</summary>
    private static Markdig.Syntax.LeafBlock? PartOf(LiteralInline literal)
    {
        var container = literal.Parent;
        while (container?.Parent is not null) container = container.Parent;
        return container?.ParentBlock;
    }
}
