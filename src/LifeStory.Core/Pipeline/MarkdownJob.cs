using LifeStory.Checking;
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
    public static Composition Compose(string markdownFile, Theme theme)
    {
        var findings = new List<Finding>();
        if (!File.Exists(markdownFile))
        {
            findings.Add(new Finding(Severity.Error, "missing-file", null, "", $"The file '{markdownFile}' does not exist.",
                "Check the name and the folder."));
            return new Composition(findings, null, new FolderPictureSource(_ => null), "");
        }
        var markdown = File.ReadAllText(markdownFile);
        var title = Path.GetFileNameWithoutExtension(markdownFile);
        var document = MarkdownReader.Read(markdown, new DocumentInfo(title, Author: "LifeStory"));
        var pictures = FolderPictureSource.Under(Path.GetDirectoryName(Path.GetFullPath(markdownFile))!);
        var pages = LayoutEngine.Layout(document, theme, FontLibrary.For(theme.Fonts), pictures);
        findings.AddRange(pages.Problems.Select(p => new Finding(Severity.Warning, "picture-problem", new SourceLocation(markdownFile, 1, 1), "", p)));
        return new Composition(findings, pages, pictures, title + ".pdf", markdown);
    }
}
