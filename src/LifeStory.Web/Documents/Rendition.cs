using LifeStory.Checking;

namespace LifeStory.Web.Documents;

/// <summary>
/// One made document in one format: its files (one PDF or HTML page, or one PNG per page), what the pipeline found,
/// and whether it still says DRAFT. Files is empty when an error stopped the run.
/// </summary>
public sealed record Rendition(IReadOnlyList<byte[]> Files, IReadOnlyList<Finding> Findings, int PageCount, bool Draft, string FileName)
{
    public bool Succeeded => Files.Count > 0;

    /// <summary>Written in a translation no qualified translator has checked yet: every page says so.</summary>
    public bool TranslationNotChecked { get; init; }
}
