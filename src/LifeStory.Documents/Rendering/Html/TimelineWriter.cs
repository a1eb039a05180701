using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// <c>::: timeline</c>: each list item <c>- date: what happened</c> becomes an ordered-list entry whose date is a
/// <c>time</c> element
/// (when the date is one a machine can read). The text keeps its emphasis and links; other content of the container prints as usual.
/// </summary>
internal static class TimelineWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer container)
    {
        foreach (var block in container)
        {
            if (block is ListBlock list) WriteList(renderer, list);
            else renderer.Write(block);
        }
    }

    private static void WriteList(HtmlRenderer renderer, ListBlock list)
    {
        renderer.EnsureLine().WriteLine("<ol class=\"timeline\" role=\"list\">");
        foreach (var item in list.OfType<ListItemBlock>())
        {
            renderer.Write("<li>");
            var blocks = item.ToList();
            if (blocks.FirstOrDefault() is ParagraphBlock first && !PictureParagraph.IsPictures(first) && TakeDate(first) is { } date)
            {
                // A time element needs a date a machine can read; a label like "Summer" is a plain span.
                if (TimelineDate.MachineReadable(date) is { } machine)
                    renderer.Write("<time datetime=\"").Write(machine).Write("\">").Write(HtmlText.Encode(date)).Write("</time>");
                else
                    renderer.Write("<span class=\"timeline-date\">").Write(HtmlText.Encode(date)).Write("</span>");
                renderer.Write(" <span class=\"timeline-text\">");
                renderer.WriteLeafInline(first);
                renderer.WriteLine("</span>");
                blocks.RemoveAt(0);
            }
            foreach (var block in blocks) renderer.Write(block);
            renderer.EnsureLine().WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
    }

    /// <summary>Cuts "date:" off the front of the paragraph and returns the date, or null (paragraph untouched).</summary>
    private static string? TakeDate(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return null;
        var before = new List<Inline>();
        var prefix = "";
        foreach (var inline in paragraph.Inline)
        {
            if (inline is LineBreakInline) return null;
            if (inline is LiteralInline literal && literal.Content.ToString() is var text && text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
            {
                var date = (prefix + text[..colon]).Trim();
                if (date.Length is 0 or > 60 || text[(colon + 1)..].StartsWith("//", StringComparison.Ordinal)) return null;
                foreach (var earlier in before) earlier.Remove();
                literal.Content = new StringSlice(text[(colon + 1)..].TrimStart());
                return date;
            }
            before.Add(inline);
            prefix += inline is ContainerInline container ? LifeStory.Documents.Markdown.InlineMapper.PlainText(container)
                : inline is LiteralInline plain ? plain.Content.ToString() : "";
            if (before.Count > 8) return null;
        }
        return null;
    }
}
