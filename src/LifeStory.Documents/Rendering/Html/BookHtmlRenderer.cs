using LifeStory.Documents.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>Markdig's HTML renderer set up with the shared pipeline and the book's own renderers in place of the stock ones.</summary>
internal static class BookHtmlRenderer
{
    public static string Render(MarkdownDocument document, HtmlRenderContext context)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        MarkdownReader.Pipeline.Setup(renderer);
        var renderers = renderer.ObjectRenderers;
        Use<ParagraphRenderer>(renderers, new PictureParagraphRenderer(context));
        Use<LiteralInlineRenderer>(renderers, new ScriptRunLiteralRenderer(context));
        Use<HeadingRenderer>(renderers, new TrackingHeadingRenderer(context));
        Use<LinkInlineRenderer>(renderers, new SafeLinkRenderer());
        Use<AutolinkInlineRenderer>(renderers, new SafeAutolinkRenderer());
        Use<HtmlBlockRenderer>(renderers, new EscapedHtmlBlockRenderer());
        Use<HtmlInlineRenderer>(renderers, new EscapedHtmlInlineRenderer());
        Use<HtmlTableRenderer>(renderers, new AccessibleTableRenderer());
        Use<HtmlCustomContainerRenderer>(renderers, new ContainerRenderer(context));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Use<TStock>(ObjectRendererCollection renderers, IMarkdownObjectRenderer replacement)
        where TStock : IMarkdownObjectRenderer
    {
        if (!renderers.Replace<TStock>(replacement)) renderers.Insert(0, replacement);
    }
}
