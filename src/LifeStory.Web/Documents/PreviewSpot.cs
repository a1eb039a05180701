namespace LifeStory.Web.Documents;

/// <summary>
/// What an edit page is editing, as a place in the book: the chapter whose heading reads <see cref="Heading"/>
/// (a story section's title), falling back to the cover when <see cref="OrCover"/> (the child's details, printed on
/// the cover and on "All about me"). A story section a reader may not see has no page in that reader's version.
/// <see cref="Picture"/> is a photo or drawing by its file in case.yaml: the first page that prints it.
/// </summary>
public sealed record PreviewSpot(string? Heading, bool OrCover, string? Picture = null)
{
    /// <summary>The heading of the page that prints the child's details (templates/book/me-now.sbn).</summary>
    public const string AboutTheChild = "All about me";

    public static PreviewSpot Child { get; } = new(AboutTheChild, true);

    public static PreviewSpot Story(string title) => new(title, false);

    public static PreviewSpot PictureFile(string file) => new(null, false, file);
}
