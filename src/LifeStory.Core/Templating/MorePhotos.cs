using LifeStory.Audiences;
using LifeStory.Cases.Model;

namespace LifeStory.Templating;

/// <summary>
/// Captioned photos that no part of the book places: not the cover, nobody's or any home's photo, not in the
/// timeline, not embedded in a story. A worker who captioned a photo meant it to be seen, so the book ends the
/// child's own pages with them instead of dropping them without a word.
/// </summary>
internal static class MorePhotos
{
    public static IReadOnlyList<Photo> For(Case model)
    {
        var placed = model.People.Select(p => p.Photo).Concat(model.Homes.Select(h => h.Photo)).Append(model.Child.CoverPhoto)
            .Concat(model.Timeline.SelectMany(e => e.Photos)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Without a cover photo, "All about me" shows the first photo.
        if (model.Child.CoverPhoto is null && model.Photos.Count > 0) placed.Add(model.Photos[0].Id);
        var markdown = string.Join("\n", model.Story.Select(s => s.Markdown).Concat(model.WordsAndPictures.Select(w => w.Words)));
        var embedded = EmbeddedPictures.Files(markdown);
        return model.Photos.Where(p => !string.IsNullOrWhiteSpace(p.Caption) && !placed.Contains(p.Id)
            && !embedded.Contains(EmbeddedPictures.Normalise(p.File))).ToList();
    }
}
