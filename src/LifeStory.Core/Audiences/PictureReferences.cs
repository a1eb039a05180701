using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// Keeps only some photos and drawings, and every reference to any other goes with them: the cover, people's and
/// homes' photos, the timeline, Words and Pictures pages, and pictures embedded by file name in Markdown.
/// Hiding a photo from a reader and holding it back for an older age band both come through here.
/// </summary>
internal static class PictureReferences
{
    public static Case Keep(Case source, IReadOnlySet<string> photos, IReadOnlySet<string> drawings)
    {
        string? KeepPhoto(string? id) => id is not null && photos.Contains(id) ? id : null;
        var hiddenFiles = source.Photos.Where(p => !photos.Contains(p.Id)).Select(p => p.File)
            .Concat(source.Drawings.Where(d => !drawings.Contains(d.Id)).Select(d => d.File))
            .Select(EmbeddedPictures.Normalise).ToHashSet(StringComparer.Ordinal);
        string Text(string markdown) => EmbeddedPictures.Without(markdown, hiddenFiles);
        return source with
        {
            Child = source.Child with { CoverPhoto = KeepPhoto(source.Child.CoverPhoto) },
            People = source.People.Select(p => p with { Photo = KeepPhoto(p.Photo) }).ToList(),
            Photos = source.Photos.Where(p => photos.Contains(p.Id)).ToList(),
            Drawings = source.Drawings.Where(d => drawings.Contains(d.Id)).ToList(),
            Homes = source.Homes.Select(h => h with { Photo = KeepPhoto(h.Photo) }).ToList(),
            Timeline = source.Timeline.Select(e => e with { Photos = e.Photos.Where(photos.Contains).ToList() }).ToList(),
            Story = source.Story.Select(s => s with { Markdown = Text(s.Markdown) }).ToList(),
            WordsAndPictures = source.WordsAndPictures.Select(w => w with
            {
                Words = Text(w.Words),
                Drawing = w.Drawing is { } d && drawings.Contains(d) ? d : null,
            }).ToList(),
            LaterLifeLetter = source.LaterLifeLetter is { } letter ? letter with { Markdown = Text(letter.Markdown) } : null,
        };
    }
}
