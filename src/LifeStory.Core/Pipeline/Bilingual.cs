using System.Text;
using LifeStory.Checking;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;

namespace LifeStory.Pipeline;

/// <summary>
/// One document in two languages, section by section: each part in English, then the same part in the other
/// language, so a carer and a child who read different languages read the same page together. The case is read,
/// checked and (unless it has translations of its own text) redacted once; each language then has its own
/// catalogue, translations and templates, exactly as the ordinary pipeline makes them alone; and the two texts are
/// laid out once, their sections side by side in reading order. A part in a right-to-left script starts at the
/// right of the page (the layout takes each paragraph's direction from its first strong letter), and the HTML marks
/// each part's language.
/// </summary>
internal static class Bilingual
{
    public static Composition Compose(RunRequest request, string second, IProgress<string>? progress)
    {
        var englishRequest = request with { Bilingual = null, Language = null };
        EasyReadRequest.Check(englishRequest);
        var findings = new List<Finding>();
        if (CasePipeline.Check(englishRequest, findings, progress) is not { } checkedCase) return Stopped(findings);
        // The other language's checks are the English ones again: it starts from what they found, as a run of its own would.
        var otherFindings = new List<Finding>(findings);
        if (CasePipeline.Write(englishRequest, checkedCase, findings, progress) is not { } english) return Stopped(findings);
        var otherRequest = request with { Bilingual = null, Language = second };
        var other = CasePipeline.Write(otherRequest, checkedCase, otherFindings, progress, untranslated: english.View);
        if (other is null)
        {
            // As when each language was made whole: the English findings (its pictures' problems among them), then the other's own.
            using var englishAlone = CasePipeline.LayOut(englishRequest, checkedCase, english, english.Markdown, english.Info, findings, progress);
            return Stopped(Joined(findings, otherFindings));
        }

        var markdown = Interleave(english.Markdown, other.Markdown);
        // Every page says, in both languages, what either version says: a draft, a translation nobody has checked yet.
        var marks = new[] { english.Info.Watermark, other.Info.Watermark }.OfType<string>().ToList();
        var info = english.Info with
        {
            Title = english.Info.Title + " · " + other.Info.Title,
            Watermark = marks.Count == 0 ? null : string.Join(" · ", marks),
        };
        // The one layout finds any picture's problem in either language, where the English layout used to. It is told
        // which blocks are the other language's (lists and quotes start at the right in a right-to-left part) and, in a
        // booklet, lays each part's two languages on facing pages.
        BilingualLayout? SidesOf(Document document) =>
            Bilingual.Sides(english.Markdown, other.Markdown, info, document.Blocks.Count) is { } sides
                ? new BilingualLayout(sides, other.Info.RightToLeft, FacingPages: request.Booklet)
                : null;
        var both = CasePipeline.LayOut(englishRequest, checkedCase, english, markdown, info, findings, progress, SidesOf);
        var name = Path.GetFileNameWithoutExtension(english.OutputName) + $"-en-{second}.pdf";
        return both with { Findings = Joined(findings, otherFindings), FileName = name, OtherLanguage = null };
    }

    private static Composition Stopped(List<Finding> findings) => new(findings, null, new FolderPictureSource(_ => null), "");

    /// <summary>The English findings, then those of the other language that English does not have (its catalogue's, its translations').</summary>
    private static List<Finding> Joined(List<Finding> english, List<Finding> other) =>
        english.Concat(other.Where(f => !english.Contains(f))).ToList();

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
