using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>
/// Where case.yaml says the child is adopted: an adoptive home's kind, or else an adoptive family member's group.
/// A finding about the later-life letter an adopted child should have points there, the reason it is expected.
/// </summary>
public static class AdoptionEvidence
{
    /// <summary>The field path that shows the child is adopted, or null when nothing does.</summary>
    public static string? PathIn(Case model)
    {
        var home = model.Homes.ToList().FindIndex(h => h.Kind == HomeKind.Adoptive);
        if (home >= 0) return $"homes[{home}].kind";
        var person = model.People.ToList().FindIndex(p => p.Group == PersonGroup.AdoptiveFamily);
        return person >= 0 ? $"people[{person}].group" : null;
    }
}
