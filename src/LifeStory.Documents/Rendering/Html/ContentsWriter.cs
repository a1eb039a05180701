using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary><c>::: contents</c> (optionally <c>::: contents Title</c>): a navigation list linking to every chapter heading.</summary>
internal static class ContentsWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer container, HtmlRenderContext context)
    {
        var title = container.Arguments?.Trim() is { Length: > 0 } arguments ? arguments : "Contents";
        var level = Math.Clamp(context.LastHeadingLevel + 1, 2, 6).ToString(CultureInfo.InvariantCulture);
        renderer.Write("<nav class=\"contents\" aria-label=\"").Write(HtmlText.Encode(title)).WriteLine("\">");
        renderer.Write("<h").Write(level).Write(" class=\"contents-title\">").Write(HtmlText.Encode(title)).Write("</h").Write(level).WriteLine(">");
        if (context.Chapters.Count > 0)
        {
            renderer.WriteLine("<ol>");
            foreach (var chapter in context.Chapters)
                renderer.Write("<li><a href=\"#").Write(HtmlText.Encode(chapter.Id)).Write("\">").Write(HtmlText.Encode(chapter.Title)).WriteLine("</a></li>");
            renderer.WriteLine("</ol>");
        }
        renderer.WriteLine("</nav>");
    }
}
