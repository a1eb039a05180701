namespace LifeStory.Wording;

/// <summary>
/// Where the child's life is settled now, as the book tells it: each route has its own words (a forever family,
/// a special guardian, going home). Worked out from the child's current home, so it is never a second fact to
/// keep in step.
/// </summary>
public enum CareRoute
{
    /// <summary>No current home in the case, or the child has always lived with their birth family.</summary>
    None,
    Adoption,
    Fostering,
    SpecialGuardianship,
    ChildrensHome,
    /// <summary>Living with birth family again after living somewhere else.</summary>
    ReturningHome,
    Other,
}
