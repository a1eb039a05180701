namespace LifeStory.Web.Editing;

/// <summary>
/// The child's edit pages, in the order the navigation shows them. A new edit page joins every page's navigation
/// by adding its line here.
/// </summary>
public static class EditPages
{
    public sealed record Link(string Title, string Slug);

    public static IReadOnlyList<Link> All { get; } =
    [
        new("Details", "Child"),
        .. CaseLists.All.Select(l => new Link(l.Title, l.Slug)),
        new("Photos", "Photos"),
        new("Drawings", "Drawings"),
        new("Later-life letter", "LaterLifeLetter"),
    ];
}
