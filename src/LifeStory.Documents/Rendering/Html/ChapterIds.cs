using LifeStory.Documents.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Gives every level-1 heading an id, in reading order, and lists the chapters for <c>::: contents</c>.
/// The cover's title is given an id too but is not a chapter.
/// </summary>
internal static class ChapterIds
{
    public static IReadOnlyList<Chapter> Assign(MarkdownDocument document, IdRegistry ids)
    {
        var chapters = new List<Chapter>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level != 1) continue;
            var title = InlineMapper.PlainText(heading.Inline).Trim();
            var id = ids.Next(title, "section");
            heading.GetAttributes().Id = id;
            if (!InCover(heading)) chapters.Add(new Chapter(id, title.Length == 0 ? id : title));
        }
        return chapters;
    }

    private static bool InCover(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is CustomContainer container && ContainerKind.Of(container) == "cover") return true;
        return false;
    }
}
