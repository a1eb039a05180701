using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>The book's own blocks (<c>::: cover</c>, <c>::: panel Title</c>, …); an unknown one prints its content.</summary>
internal sealed class ContainerRenderer(HtmlRenderContext context) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        switch (ContainerKind.Of(container))
        {
            case "pagebreak":
                renderer.WriteLine("<div class=\"page-break\" aria-hidden=\"true\"></div>");
                break;
            case "cover":
                CoverWriter.Write(renderer, container);
                break;
            case "panel":
                PanelWriter.Write(renderer, container, context, tone: null);
                break;
            case "panel.warm":
                PanelWriter.Write(renderer, container, context, tone: "warm");
                break;
            case "panel.cool":
                PanelWriter.Write(renderer, container, context, tone: "cool");
                break;
            case "speech":
                renderer.WriteLine("<blockquote class=\"speech\">");
                renderer.WriteChildren(container);
                renderer.EnsureLine().WriteLine("</blockquote>");
                break;
            case "photos":
                PhotosWriter.Write(renderer, container, context);
                break;
            case "beside":
            case "point":
                // An easy-read point in the web page: its photo beside its words; a drawn picture is decoration only.
                BesideWriter.Write(renderer, container, context);
                break;
            case "scale":
                ScaleWriter.Write(renderer, container);
                break;
            case "timeline":
                TimelineWriter.Write(renderer, container);
                break;
            case "family-tree":
                FamilyTreeWriter.Write(renderer, container, context);
                break;
            case "contents":
                ContentsWriter.Write(renderer, container, context);
                break;
            default:
                renderer.WriteLine("<div>");
                renderer.WriteChildren(container);
                renderer.EnsureLine().WriteLine("</div>");
                break;
        }
    }
}
