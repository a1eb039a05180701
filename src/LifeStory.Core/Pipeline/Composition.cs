using LifeStory.Checking;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;

namespace LifeStory.Pipeline;

/// <summary>
/// A case made into pages, not yet drawn: the findings, the laid-out pages (null when an error stopped the
/// run), the pictures they draw from, the file name the output gets by default, and the Markdown the
/// templates produced (for template authors to see each stage).
/// </summary>
public sealed record Composition(IReadOnlyList<Finding> Findings, LaidOutDocument? Pages, FolderPictureSource Pictures, string FileName,
    string? Markdown = null)
    : IDisposable
{
    /// <summary>Pictures left out at the user's request (--skip-bad-pictures), as case.yaml names them.</summary>
    public IReadOnlyList<string> SkippedPictures { get; init; } = [];

    /// <summary>Everything the templates were given, for template authors' tools and tests of single sections.</summary>
    public Scriban.Runtime.ScriptObject? TemplateData { get; init; }

    /// <summary>
    /// The child's first language when it is not the document's, with the child's words known to be in it:
    /// the HTML marks them so a screen reader reads each in its own language.
    /// </summary>
    public LifeStory.Documents.Rendering.Html.OtherLanguage? OtherLanguage { get; init; }

    /// <summary>What this reader's version leaves out or says in general words.</summary>
    public Audiences.RedactionSummary Redaction { get; init; } = Audiences.RedactionSummary.Nothing;

    public void Dispose() => Pictures.Dispose();
}
