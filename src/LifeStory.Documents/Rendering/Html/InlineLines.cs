using System.Text;
using LifeStory.Documents.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>A paragraph's plain text, line by line as typed (soft and hard line breaks both end a line).</summary>
internal static class InlineLines
{
    public static IReadOnlyList<string> Of(ParagraphBlock paragraph)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var inline in paragraph.Inline ?? Enumerable.Empty<Inline>())
        {
            switch (inline)
            {
                case LineBreakInline:
                    lines.Add(line.ToString().Trim());
                    line.Clear();
                    break;
                case ContainerInline container:
                    line.Append(InlineMapper.PlainText(container));
                    break;
                case LiteralInline literal:
                    line.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    line.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    line.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    line.Append(autolink.Url);
                    break;
            }
        }
        lines.Add(line.ToString().Trim());
        return lines.Where(text => text.Length > 0).ToList();
    }

    public static string Joined(ParagraphBlock paragraph) => string.Join(" ", Of(paragraph));
}
