using Markdig;
using LifeStory.Documents.Model;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// Reads Markdown into the engine's document model. HTML is disabled, so anything that looks like a tag is
/// printed as typed. Book extensions are custom containers: <c>::: cover</c> and <c>::: pagebreak</c>.
/// </summary>
public static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseCustomContainers()
        .Build();

    public static Document Read(string markdown, DocumentInfo info)
    {
        var syntax = Markdig.Markdown.Parse(markdown, Pipeline);
        return new Document(info, BlockMapper.Map(syntax, depth: 0));
    }
}
