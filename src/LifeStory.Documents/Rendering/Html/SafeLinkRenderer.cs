using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Links whose address is safe (<see cref="SafeUrl"/>) become links; others print their text. A picture inside
/// running text prints its description, as in the PDF: pictures need a paragraph of their own.
/// </summary>
internal sealed class SafeLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            renderer.Write(HtmlText.Encode(InlineMapper.PlainText(link)));
            return;
        }
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!SafeUrl.IsAllowed(url))
        {
            renderer.WriteChildren(link);
            return;
        }
        renderer.Write("<a href=\"").Write(HtmlText.Encode(url!.Trim())).Write('"');
        if (!string.IsNullOrWhiteSpace(link.Title)) renderer.Write(" title=\"").Write(HtmlText.Encode(link.Title)).Write('"');
        renderer.WriteAttributes(link).Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
