using System.Text;
using LifeStory.Checking;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;

namespace LifeStory.Pipeline;

/// <summary>
/// One document in two languages, section by section: each part in English, then the same part in the other
/// language, so a carer and a child who read different languages read the same page together. Both languages are
/// made by the ordinary pipeline (the same checks, redaction and words), then their sections are put side by side
/// in reading order. A part in a right-to-left script starts at the right of the page (the layout takes each
/// paragraph's direction from its first strong letter), and the HTML marks each part's language.
/// </summary>
internal static class Bilingual
{
    public static Composition Compose(RunRequest request, string second, IProgress<string>? progress)
    {
        var english = CasePipeline.Compose(request with { Bilingual = null, Language = null }, progress);
        if (english.Pages is null) return english;
        var other = CasePipeline.Compose(request with { Bilingual = null, Language = second }, progress);
        // The other language's findings are the English ones again, plus its own (a catalogue, its translations).
        var findings = english.Findings.Concat(other.Findings.Where(f => !english.Findings.Contains(f))).ToList();
        if (other.Pages is null || english.Markdown is null || other.Markdown is null)
        {
            english.Dispose();
            return other with { Findings = findings };
        }
        other.Dispose();

        var markdown = Interleave(english.Markdown, other.Markdown);
        var theme = english.Pages.Theme;
        // Every page says, in both languages, what either version says: a draft, a translation nobody has checked yet.
        var marks = new[] { english.Pages.Info.Watermark, other.Pages.Info.Watermark }.OfType<string>().ToList();
        var info = english.Pages.Info with
        {
            Title = english.Pages.Info.Title + " · " + other.Pages.Info.Title,
            Watermark = marks.Count == 0 ? null : string.Join(" · ", marks),
        };
        var document = MarkdownReader.Read(markdown, info);
        var sides = Sides(english.Markdown, other.Markdown, info, document.Blocks.Count);
        var layout = sides is null ? null : new BilingualLayout(sides, other.Pages.Info.RightToLeft, FacingPages: request.Booklet);
        var laidOut = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), english.Pictures, layout);
        var name = Path.GetFileNameWithoutExtension(english.FileName) + $"-en-{second}.pdf";
        return english with { Findings = findings, Pages = laidOut, FileName = name, Markdown = markdown, OtherLanguage = null };
    }

    /// <summary>
    /// The two Markdown texts, part by part: a part starts at a top-level or second-level heading. Both come from one
    /// template and one case, so they have the same parts; when they do not (a council's template that words a part
    /// differently in one language), the whole of the English comes first, then the whole of the other.
    /// </summary>
    public static string Interleave(string english, string other)
    {
        var first = Parts(english);
        var second = Parts(other);
        if (first.Count != second.Count) return english.TrimEnd() + "\n\n" + other.TrimStart();
        var both = new StringBuilder(english.Length + other.Length + 64);
        for (var i = 0; i < first.Count; i++)
        {
            both.Append(first[i].TrimEnd()).Append("\n\n");
            if (second[i].Trim().Length > 0) both.Append(second[i].TrimEnd()).Append("\n\n");
        }
        return both.ToString();
    }

    /// <summary>
    /// Each top-level block's part and language in the interleaved document, found by reading each part of each
    /// language alone: a part's blocks are the same read alone as read with the rest, since parts split between
    /// blocks. Part 0 is the front matter before the first heading (a book's cover and contents), empty when the
    /// text starts with a heading. Null when the two languages' parts do not pair up (then each is laid out as it
    /// comes, English first) or the counts disagree with the whole document's.
    /// </summary>
    private static List<BlockSide>? Sides(string english, string other, DocumentInfo info, int blocks)
    {
        var first = Parts(english);
        var second = Parts(other);
        if (first.Count != second.Count) return null;
        var shift = first.Count > 0 && first[0].TrimStart().StartsWith('#') ? 1 : 0;
        var sides = new List<BlockSide>(blocks);
        for (var i = 0; i < first.Count; i++)
        {
            sides.AddRange(Enumerable.Repeat(new BlockSide(i + shift, false), MarkdownReader.Read(first[i], info).Blocks.Count));
            if (second[i].Trim().Length > 0)
                sides.AddRange(Enumerable.Repeat(new BlockSide(i + shift, true), MarkdownReader.Read(second[i], info).Blocks.Count));
        }
        return sides.Count == blocks ? sides : null;
    }

    /// <summary>The text split before each line that starts a "# " or "## " heading, outside fenced blocks and ::: containers.</summary>
    private static List<string> Parts(string markdown)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var fenced = false;
        var containers = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && trimmed.StartsWith(":::", StringComparison.Ordinal))
                containers = trimmed.Trim().Length == 3 ? Math.Max(0, containers - 1) : containers + 1;
            else if (!fenced && containers == 0 && (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)) && current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            current.Append(line).Append('\n');
        }
        parts.Add(current.ToString());
        return parts;
    }
}
