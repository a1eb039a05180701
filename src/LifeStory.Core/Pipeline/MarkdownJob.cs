using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Documents.Files;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Pipeline;

/// <summary>
/// Lays out any Markdown file with a theme, pictures taken from beside it: for template authors, previews and
/// testing the engine alone. It skips the case stages entirely.
/// </summary>
public static class MarkdownJob
{
    /// <summary>The largest Markdown file rendered, in bytes.</summary>
    public const long MaxBytes = 4 << 20;

    /// <summary>Every file a render reads: the Markdown and the pictures it placed.</summary>
    public static IEnumerable<string> Inputs(string markdownFile, Composition composition)
    {
        yield return markdownFile;
        if (composition.Pages is null) yield break;
        var folder = Path.GetDirectoryName(Path.GetFullPath(markdownFile))!;
        foreach (var source in composition.Pages.Pages.SelectMany(p => p.Items).OfType<PictureItem>().Select(p => p.Source).Distinct(StringComparer.Ordinal))
            if (CaseFiles.TryResolve(folder, source, out var full, out _)) yield return full;
    }

    public static Composition Compose(string markdownFile, Theme theme)
    {
        var findings = new List<Finding>();
        if (!RegularFile.TryRead(markdownFile, Path.GetFileName(markdownFile), MaxBytes, out var bytes, out var problem))
        {
            findings.Add(new Finding(Severity.Error, "unreadable-file", null, "", problem!,
                "Check the name and the folder; render reads an ordinary Markdown file under 4 MB."));
            return new Composition(findings, null, new FolderPictureSource(_ => null), "");
        }
        if (!Utf8Text.TryDecode(bytes, out var markdown, out var bad))
        {
            findings.Add(Utf8Text.Problem(bytes, bad, Path.GetFileName(markdownFile)));
            return new Composition(findings, null, new FolderPictureSource(_ => null), "");
        }
        var title = Path.GetFileNameWithoutExtension(markdownFile);
        var document = MarkdownReader.Read(markdown, new DocumentInfo(title, Author: "LifeStory"));
        // Pictures are found beside the Markdown, and a link there that leads out of its folder is not followed.
        var folder = Path.GetDirectoryName(Path.GetFullPath(markdownFile))!;
        var pictures = new FolderPictureSource(source => CaseFiles.TryResolve(folder, source, out var full, out _) ? full : null);
        var pages = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), pictures);
        findings.AddRange(pages.Problems.Select(p => new Finding(Severity.Warning, "picture-problem", new SourceLocation(markdownFile, 1, 1), "", p)));
        return new Composition(findings, pages, pictures, title + ".pdf", markdown);
    }
}
