using LifeStory.Documents.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Autolinks (<c>&lt;https://…&gt;</c>): a link when the address is safe, otherwise the address as text.</summary>
internal sealed class SafeAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!SafeUrl.IsAllowed(url))
        {
            renderer.Write(HtmlText.Encode(link.Url));
            return;
        }
        renderer.Write("<a href=\"").Write(HtmlText.Encode(url)).Write('"').WriteAttributes(link).Write('>')
            .Write(HtmlText.Encode(link.Url)).Write("</a>");
    }
}
