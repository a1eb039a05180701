using System.Text;
using LifeStory.Documents.Model;
using Markdig.Syntax.Inlines;
using Inline = LifeStory.Documents.Model.Inline;

namespace LifeStory.Documents.Markdown;

/// <summary>Markdig inlines to styled runs: emphasis becomes bold or italic, links keep their address, anything else its text.</summary>
internal static class InlineMapper
{
    public static List<Inline> Map(ContainerInline? container)
    {
        var runs = new List<Inline>();
        if (container is not null)
            foreach (var child in container) Add(child, InlineStyle.None, null, runs);
        return Merge(runs);
    }

    /// <summary>The plain text of inlines: for captions, titles and alt text.</summary>
    public static string PlainText(ContainerInline? container) => string.Concat(Map(container).Select(r => r.Text));

    private static void Add(Markdig.Syntax.Inlines.Inline inline, InlineStyle style, string? link, List<Inline> runs)
    {
        style |= ClassStyle(inline);
        switch (inline)
        {
            case LiteralInline literal:
                // Unicode's line and paragraph separators (pasted from word processors) are line breaks; no font draws them.
                runs.Add(new Inline(literal.Content.ToString().Replace('\u2028', '\n').Replace('\u2029', '\n'), style, link));
                break;
            case EmphasisInline emphasis:
                // "::words::" is an inline custom container (it exists to carry attributes), not emphasis.
                var added = emphasis.DelimiterChar is not ('*' or '_') ? InlineStyle.None
                    : emphasis.DelimiterCount >= 2 ? InlineStyle.Bold : InlineStyle.Italic;
                foreach (var child in emphasis) Add(child, style | added, link, runs);
                break;
            case LineBreakInline lineBreak:
                runs.Add(new Inline(lineBreak.IsHard ? "\n" : " ", style, link));
                break;
            case CodeInline code:
                runs.Add(new Inline(code.Content, style, link));
                break;
            case AutolinkInline autolink:
                runs.Add(new Inline(autolink.Url, style, Allowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url) ?? link));
                break;
            case LinkInline { IsImage: true } image:
                // An image inside running text prints its description: the picture itself needs its own line.
                foreach (var child in image) Add(child, style, link, runs);
                break;
            case LinkInline linkInline:
                // One allow-list for every rendition: a javascript: or file: link is printed as its words, never made live.
                foreach (var child in linkInline) Add(child, style, Allowed(linkInline.Url) ?? link, runs);
                break;
            case HtmlEntityInline entity:
                runs.Add(new Inline(entity.Transcoded.ToString(), style, link));
                break;
            case HtmlInline html:
                runs.Add(new Inline(html.Tag, style, link));
                break;
            case ContainerInline container:
                foreach (var child in container) Add(child, style, link, runs);
                break;
        }
    }

    /// <summary>Size and colour spans from attributes: <c>::Maisie::{.large .accent}</c> or <c>*words*{.small}</c>.</summary>
    private static InlineStyle ClassStyle(Markdig.Syntax.Inlines.Inline inline)
    {
        var classes = Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(inline)?.Classes;
        if (classes is null) return InlineStyle.None;
        var style = InlineStyle.None;
        if (classes.Contains("large")) style |= InlineStyle.Large;
        if (classes.Contains("small")) style |= InlineStyle.Small;
        if (classes.Contains("accent")) style |= InlineStyle.Accent;
        return style;
    }

    /// <summary>Joins neighbouring runs of the same style, so words are not split at Markdig's literal boundaries.</summary>
    private static List<Inline> Merge(List<Inline> runs)
    {
        var merged = new List<Inline>();
        var text = new StringBuilder();
        Inline? current = null;
        foreach (var run in runs)
        {
            if (current is not null && current.Style == run.Style && current.Link == run.Link)
            {
                text.Append(run.Text);
                continue;
            }
            if (current is not null) merged.Add(current with { Text = text.ToString() });
            current = run;
            text.Clear().Append(run.Text);
        }
        if (current is not null) merged.Add(current with { Text = text.ToString() });
        return merged;
    }

    private static string? Allowed(string? url) => SafeUrl.IsAllowed(url) ? url!.Trim() : null;
}
