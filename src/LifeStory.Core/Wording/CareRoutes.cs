using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>The child's care route and what follows from it, from the homes and the child's age alone.</summary>
public static class CareRoutes
{
    /// <summary>From 16 a young person in care gets a pathway plan and a personal adviser to get ready for adult life.</summary>
    public const int LeavingCareAge = 16;

    /// <summary>The home the child lives in now: the latest one without an end date.</summary>
    public static Home? CurrentHome(Case model) => model.Homes.Where(h => h.To is null).OrderBy(h => h.From).LastOrDefault();

    /// <summary>The home before the current one, if there was one.</summary>
    public static Home? HomeBefore(Case model) => CurrentHome(model) is { } now
        ? model.Homes.Where(h => h != now && h.From.CompareTo(now.From) <= 0).OrderBy(h => h.From).LastOrDefault()
        : null;

    public static CareRoute For(Case model) => CurrentHome(model) switch
    {
        null => CareRoute.None,
        { Kind: HomeKind.Adoptive } => CareRoute.Adoption,
        { Kind: HomeKind.Foster } => CareRoute.Fostering,
        { Kind: HomeKind.SpecialGuardianship } => CareRoute.SpecialGuardianship,
        { Kind: HomeKind.ChildrensHome } => CareRoute.ChildrensHome,
        // Birth family now, after any other kind of home, is going home; birth family all along is no route at all.
        { Kind: HomeKind.BirthFamily } now => model.Homes.Any(h => h != now && h.Kind != HomeKind.BirthFamily && h.From.CompareTo(now.From) <= 0)
            ? CareRoute.ReturningHome : CareRoute.None,
        _ => CareRoute.Other,
    };

    /// <summary>
    /// A young person of 16 or more who is still in care (fostered, in a children's home or living elsewhere, not
    /// adopted, with special guardians or home again), who is getting ready to leave care.
    /// </summary>
    public static bool LeavingCare(Case model, DateOnly today) =>
        Ages.YearsOld(model.Child.DateOfBirth, today) >= LeavingCareAge
        && For(model) is CareRoute.Fostering or CareRoute.ChildrensHome or CareRoute.Other;
}
