using LifeStory.Cases.Model;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Themes;

namespace LifeStory.Pipeline;

/// <summary>
/// How a child's book looks: the look they chose (or the one for their age), in their favourite colour, with
/// type and pages sized for their age band. A teenager who chose nothing gets the teen look, not a picture book.
/// </summary>
public static class BookLook
{
    public static Theme For(BookSettings settings, Child child, AgeBand band)
    {
        var theme = Theme.Named(settings.Theme) ?? (band == AgeBand.Teen ? Theme.Teen : Theme.Book);
        theme = FavouriteColours.Apply(theme, child.FavouriteColour) with { DensePages = true };
        if (MotifNames.Find(settings.FavouriteThing) is { } motif) theme = theme with { Motif = motif };
        return band switch
        {
            // Read aloud on a lap: big type, one idea and one big picture to a page.
            AgeBand.EarlyYears => theme with
            {
                BodySize = theme.BodySize * 1.3f,
                LineHeight = Math.Max(theme.LineHeight, 1.5f),
                HeadingSizes = theme.HeadingSizes.Select(s => s * 1.15f).ToList(),
                NewPageForLevel2Headings = true,
            },
            _ => theme,
        };
    }
}
