using LifeStory.Documents.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = LifeStory.Documents.Model.Block;
using Inline = LifeStory.Documents.Model.Inline;
using ParagraphBlock = Markdig.Syntax.ParagraphBlock;
using HeadingBlock = Markdig.Syntax.HeadingBlock;
using ListBlock = Markdig.Syntax.ListBlock;
using QuoteBlock = Markdig.Syntax.QuoteBlock;

namespace LifeStory.Documents.Markdown;

/// <summary>
/// Markdig's syntax tree to document blocks. Every construct maps to something printable and nothing throws:
/// code is printed as text, unknown containers print their content, and nesting deeper than a book needs is
/// flattened rather than indented off the page.
/// </summary>
internal static class BlockMapper
{
    internal const int MaxDepth = 8;

    public static List<Block> Map(ContainerBlock container, int depth)
    {
        var blocks = new List<Block>();
        foreach (var child in container) blocks.AddRange(MapOne(child, depth));
        return blocks;
    }

    private static IEnumerable<Block> MapOne(Markdig.Syntax.Block block, int depth) => block switch
    {
        HeadingBlock heading => [new Model.HeadingBlock(heading.Level, InlineMapper.Map(heading.Inline))],
        ParagraphBlock paragraph => Paragraph(paragraph),
        ListBlock list when depth < MaxDepth => [new Model.ListBlock(
            list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<Block>)Map(item, depth + 1)).ToList(),
            list.IsOrdered, int.TryParse(list.OrderedStart, out var start) ? start : 1)],
        QuoteBlock quote when depth < MaxDepth => [new Model.QuoteBlock(Map(quote, depth + 1))],
        CustomContainer custom => ContainerMapper.Map(custom, depth),
        Markdig.Extensions.Tables.Table table => TableMapper.Map(table),
        ThematicBreakBlock => [new DividerBlock()],
        CodeBlock code => [new Model.ParagraphBlock([new Inline(string.Join("\n", (code.Lines.Lines ?? []).Take(code.Lines.Count).Select(l => l.ToString())))])],
        ContainerBlock other => Map(other, depth + 1),
        _ => [],
    };

    /// <summary>A paragraph holding only pictures becomes pictures; the title (or the alt text) is the caption.</summary>
    private static IEnumerable<Block> Paragraph(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.ToList() ?? [];
        var images = inlines.OfType<LinkInline>().Where(l => l.IsImage).ToList();
        var onlyImages = images.Count > 0 && inlines.All(i => i is LinkInline { IsImage: true } || i is LineBreakInline
            || i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
        if (onlyImages)
            return images.Select(image => new PictureBlock(image.Url ?? "",
                string.IsNullOrWhiteSpace(image.Title) ? NullIfEmpty(InlineMapper.PlainText(image)) : image.Title,
                PictureAttributes.Read(image)));
        return [new Model.ParagraphBlock(InlineMapper.Map(paragraph.Inline))];
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
