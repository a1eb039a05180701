using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;

namespace LifeStory.Tests.Documents.Markdown;

/// <summary>Reads Markdown with a fixed title and gives back the blocks, for short tests.</summary>
internal static class Md
{
    public static IReadOnlyList<Block> Blocks(string markdown) => MarkdownReader.Read(markdown, new DocumentInfo("Test")).Blocks;

    public static string Plain(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(i => i.Text));
}
