using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

/// <summary>
/// Removes everything a reader must not see, once, on the model, before any template runs: no template,
/// however it is written, can print what is no longer there. The record audience sees everything.
/// </summary>
public static class AudienceFilter
{
    /// <summary>The case as this reader may see it, with the shipped defaults for what birth parents may not see.</summary>
    public static Case For(Case source, Audience audience) => Redactor.For(source, audience).Case;

    /// <summary>
    /// The case for a child of this age band: photos marked to wait for an older band are taken out, with every
    /// reference to them, exactly as a hidden photo is. The professional record keeps them.
    /// </summary>
    public static Case ForAgeBand(Case source, AgeBand band)
    {
        var keep = source.Photos.Where(p => p.Sensitive?.FromAgeBand is not { } from || from <= band).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return keep.Count == source.Photos.Count ? source
            : PictureReferences.Keep(source, keep, source.Drawings.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
    }
}
