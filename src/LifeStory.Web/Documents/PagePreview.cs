using LifeStory.Checking;

namespace LifeStory.Web.Documents;

/// <summary>
/// The page of one revision's book, for one reader, that holds what is being edited: its number (null when this
/// reader's version does not print it, or the book cannot be made), the book's length, and what stopped it.
/// </summary>
public sealed record PagePreview(int Revision, int? Page, int PageCount, bool Draft, IReadOnlyList<Finding> Findings)
{
    public bool Made => PageCount > 0;
}
