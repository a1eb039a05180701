using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary><c>::: cover</c>: the title (its <c>h1</c>), the picture and the subtitle, as the page's header.</summary>
internal static class CoverWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer container)
    {
        foreach (var paragraph in container.OfType<ParagraphBlock>().Where(p => !PictureParagraph.IsPictures(p)))
            paragraph.GetAttributes().AddClass("subtitle");
        renderer.WriteLine("<header class=\"cover\">");
        renderer.WriteChildren(container);
        renderer.EnsureLine().WriteLine("</header>");
    }
}
