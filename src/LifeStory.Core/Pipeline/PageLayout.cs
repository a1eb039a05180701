using LifeStory.Documents.Themes;

namespace LifeStory.Pipeline;

/// <summary>
/// The paper and printing choices for one run: A4, A5 or US Letter, and duplex printing (each chapter on a
/// right-hand page). They adjust the product's theme rather than replace it.
/// </summary>
public sealed record PageLayout(PageSize Paper, bool Duplex = false)
{
    public static PageLayout Default { get; } = new(PageSize.A4);

    public Theme Apply(Theme theme)
    {
        // A5 pages are narrower: margins and type shrink a little so a line still holds a sensible number of words.
        var small = Paper.Width < 500;
        return theme with
        {
            Page = Paper,
            Margin = small ? theme.Margin * 0.75f : theme.Margin,
            BodySize = small ? theme.BodySize * 0.9f : theme.BodySize,
            SectionsOnRightHandPage = Duplex,
        };
    }

    public static PageSize? PaperNamed(string name) => name.ToLowerInvariant() switch
    {
        "a4" => PageSize.A4,
        "a5" => PageSize.A5,
        "letter" => PageSize.Letter,
        _ => null,
    };
}
