using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// Removes everything a reader must not see, once, on the model, before any template runs: no template,
/// however it is written, can print what is no longer there. The record audience sees everything.
/// Addresses are hidden from birth parents unless the case says otherwise (private by default).
/// </summary>
public static class AudienceFilter
{
    public static Case For(Case source, Audience audience)
    {
        if (audience == Audience.Record) return source;
        bool Visible(IReadOnlyList<Audience> hiddenFrom) => !hiddenFrom.Contains(audience);

        var people = source.People.Where(p => Visible(p.HiddenFrom)).ToList();
        var peopleIds = people.Select(p => p.Id).ToHashSet();
        var visible = source with
        {
            Child = source.Child with { LegalName = audience == Audience.Child ? source.Child.PreferredName : source.Child.LegalName },
            People = people,
            Photos = source.Photos.Where(p => Visible(p.HiddenFrom))
                .Select(p => p with { People = p.People.Where(peopleIds.Contains).ToList() }).ToList(),
            Homes = source.Homes.Where(h => Visible(h.HiddenFrom)).Select(h => h with
            {
                Address = h.Address is { } a && AddressVisible(a, audience) ? a : null,
                People = h.People.Where(peopleIds.Contains).ToList(),
            }).ToList(),
            Schools = source.Schools.Where(s => Visible(s.HiddenFrom)).ToList(),
            Timeline = source.Timeline.Where(e => Visible(e.HiddenFrom)).ToList(),
            Story = source.Story.Where(s => Visible(s.HiddenFrom)).ToList(),
            WordsAndPictures = source.WordsAndPictures.Where(w => Visible(w.HiddenFrom)).ToList(),
            Reviews = source.Reviews.Select(r => r with
            {
                People = r.People.Where(a => peopleIds.Contains(a.Person)).ToList(),
                Worries = r.Worries.Where(w => Visible(w.HiddenFrom)).ToList(),
                Decisions = r.Decisions.Where(d => Visible(d.HiddenFrom)).ToList(),
                Scale = r.Scale.Where(s => s.Person == "child" || peopleIds.Contains(s.Person)).ToList(),
            }).ToList(),
        };
        return WithPhotos(visible, visible.Photos.Select(p => p.Id).ToHashSet());
    }

    /// <summary>
    /// The case for a child of this age band: photos marked to wait for an older band are taken out, with every
    /// reference to them, exactly as a hidden photo is. The professional record keeps them.
    /// </summary>
    public static Case ForAgeBand(Case source, AgeBand band)
    {
        var keep = source.Photos.Where(p => p.Sensitive?.FromAgeBand is not { } from || from <= band).Select(p => p.Id).ToHashSet();
        return keep.Count == source.Photos.Count ? source : WithPhotos(source, keep);
    }

    /// <summary>Only these photos, and no reference anywhere (cover, people, homes, timeline) to any other.</summary>
    private static Case WithPhotos(Case source, HashSet<string> keep)
    {
        string? Keep(string? id) => id is not null && keep.Contains(id) ? id : null;
        return source with
        {
            Child = source.Child with { CoverPhoto = Keep(source.Child.CoverPhoto) },
            People = source.People.Select(p => p with { Photo = Keep(p.Photo) }).ToList(),
            Photos = source.Photos.Where(p => keep.Contains(p.Id)).ToList(),
            Homes = source.Homes.Select(h => h with { Photo = Keep(h.Photo) }).ToList(),
            Timeline = source.Timeline.Select(e => e with { Photos = e.Photos.Where(keep.Contains).ToList() }).ToList(),
        };
    }

    private static bool AddressVisible(PrivateText address, Audience audience) =>
        address.HiddenFrom.Count == 0 ? audience != Audience.Parents : !address.HiddenFrom.Contains(audience);
}
