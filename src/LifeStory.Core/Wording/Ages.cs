using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>Ages and age bands, worked out from the date of birth on a given day (never the clock inside).</summary>
public static class Ages
{
    public static int YearsOld(DateOnly dateOfBirth, DateOnly on)
    {
        var years = on.Year - dateOfBirth.Year;
        if (on < dateOfBirth.AddYears(years)) years--;
        return Math.Max(0, years);
    }

    public static AgeBand BandFor(Child child, DateOnly on) => child.AgeBand ?? YearsOld(child.DateOfBirth, on) switch
    {
        <= 4 => AgeBand.EarlyYears,
        <= 11 => AgeBand.Primary,
        _ => AgeBand.Teen,
    };
}
