using Markdig;
using LifeStory.Documents.Model;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// Reads Markdown into the engine's document model. HTML is disabled, so anything that looks like a tag is
/// printed as typed. Book extensions are custom containers (<c>::: cover</c>, <c>::: pagebreak</c>,
/// <c>::: panel Title</c>, <c>::: photos</c>, <c>::: beside</c>, <c>::: scale</c>, <c>::: timeline</c>,
/// <c>::: family-tree</c>, <c>::: contents</c>), pipe tables, and attributes on pictures (<c>{.fill .polaroid focus=0.5,0.3}</c>).
/// </summary>
public static class MarkdownReader
{
    /// <summary>The one Markdig pipeline, shared by every rendition so the PDF and the HTML read the same syntax.</summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseCustomContainers()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();

    public static Document Read(string markdown, DocumentInfo info)
    {
        Markdig.Syntax.MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting deeper than its limit (64 lists or 128 quotes inside each other) with an
            // ArgumentException. Such text is not a sensible structure: print it as typed, paragraph by paragraph.
            return new Document(info, AsTyped(markdown));
        }
        return new Document(info, BlockMapper.Map(syntax, depth: 0));
    }

    private static List<Block> AsTyped(string markdown) =>
        markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => (Block)new ParagraphBlock([new Inline(paragraph)]))
            .ToList();
}
