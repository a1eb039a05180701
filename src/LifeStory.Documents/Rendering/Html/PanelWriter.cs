using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>::: panel Title</c> (or <c>panel.warm</c>, <c>panel.cool</c>): a tinted box named by its title, which is a
/// heading one level below the heading before it, so the outline stays whole.
/// </summary>
internal static class PanelWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer container, HtmlRenderContext context, string? tone)
    {
        var title = container.Arguments?.Trim();
        var classes = tone is null ? "panel" : $"panel panel-{tone}";
        if (string.IsNullOrEmpty(title))
        {
            renderer.Write("<section class=\"").Write(classes).WriteLine("\">");
        }
        else
        {
            var id = context.Ids.Next(title, "panel");
            var level = Math.Clamp(context.LastHeadingLevel + 1, 2, 6).ToString(CultureInfo.InvariantCulture);
            renderer.Write("<section class=\"").Write(classes).Write("\" aria-labelledby=\"").Write(id).WriteLine("\">");
            renderer.Write("<h").Write(level).Write(" class=\"panel-title\" id=\"").Write(id).Write("\">");
            context.Languages.Write(renderer, title);
            renderer.Write("</h").Write(level).WriteLine(">");
        }
        renderer.WriteChildren(container);
        renderer.EnsureLine().WriteLine("</section>");
    }
}
