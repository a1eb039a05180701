using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LifeStory.Audiences;

/// <summary>
/// Pictures a worker embedded in Markdown by file name (<c>![](photos/park.jpg)</c>) are resolved through the same
/// photo and drawing lists as every other picture: one whose file belongs to a picture this version leaves out is
/// taken out of the text too, with its attributes (<c>{.half}</c>).
/// </summary>
internal static class EmbeddedPictures
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static string Without(string markdown, IReadOnlySet<string> hiddenFiles)
    {
        if (hiddenFiles.Count == 0 || !markdown.Contains("![", StringComparison.Ordinal)) return markdown;
        var spans = Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>()
            .Where(link => link.IsImage && link.Url is { } url && hiddenFiles.Contains(Normalise(url)))
            .Select(link => (link.Span.Start, End: EndWithAttributes(markdown, link.Span.End + 1)))
            .OrderByDescending(s => s.Start).ToList();
        if (spans.Count == 0) return markdown;
        var text = markdown;
        foreach (var (start, end) in spans) text = text[..start] + text[end..];
        return text;
    }

    /// <summary>The files of every picture embedded in the Markdown, normalised.</summary>
    public static IReadOnlySet<string> Files(string markdown) => !markdown.Contains("![", StringComparison.Ordinal)
        ? new HashSet<string>()
        : Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null)
            .Select(l => Normalise(l.Url!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"./photos/a b.jpg", "photos/a%20b.jpg" and "photos/a b.jpg" are the same file.</summary>
    public static string Normalise(string path)
    {
        var trimmed = path.Trim().Trim('<', '>').Replace('\\', '/');
        try { trimmed = Uri.UnescapeDataString(trimmed); }
        catch (UriFormatException) { }
        while (trimmed.StartsWith("./", StringComparison.Ordinal)) trimmed = trimmed[2..];
        return trimmed;
    }

    /// <summary>A picture's attribute block ({.fill focus=…}) belongs to it and goes with it.</summary>
    private static int EndWithAttributes(string text, int end)
    {
        if (end < text.Length && text[end] == '{')
        {
            var close = text.IndexOf('}', end);
            var newline = text.IndexOf('\n', end);
            if (close > 0 && (newline < 0 || close < newline)) return close + 1;
        }
        return Math.Min(end, text.Length);
    }
}
