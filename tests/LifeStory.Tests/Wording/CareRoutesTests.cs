using LifeStory.Cases.Model;
using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

/// <summary>The child's care route comes from the home they live in now, and leaving care from their age too.</summary>
public sealed class CareRoutesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Case With(DateOnly born, params Home[] homes) =>
        new(new Child("Sam Test", "Sam", born, Pronouns.They, "English"), Homes: homes);

    private static Home Home(string id, HomeKind kind, string from, string? to = null) =>
        new(id, id, kind, Date(from), to is null ? null : Date(to));

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var date) ? date! : throw new ArgumentException(text);

    [Theory]
    [InlineData(HomeKind.Adoptive, CareRoute.Adoption)]
    [InlineData(HomeKind.Foster, CareRoute.Fostering)]
    [InlineData(HomeKind.SpecialGuardianship, CareRoute.SpecialGuardianship)]
    [InlineData(HomeKind.ChildrensHome, CareRoute.ChildrensHome)]
    [InlineData(HomeKind.Other, CareRoute.Other)]
    public void Given_a_current_home_after_birth_family_When_the_route_is_worked_out_Then_it_follows_the_current_home(HomeKind kind, CareRoute route)
    {
        var model = With(new DateOnly(2017, 3, 8), Home("first", HomeKind.BirthFamily, "2017-03", "2020-01"), Home("now", kind, "2020-01"));

        Assert.Equal(route, CareRoutes.For(model));
    }

    [Fact]
    public void Given_birth_family_now_after_foster_care_When_the_route_is_worked_out_Then_the_child_has_gone_home()
    {
        var model = With(new DateOnly(2018, 6, 21), Home("family", HomeKind.BirthFamily, "2018-06", "2023-09"),
            Home("quinns", HomeKind.Foster, "2023-09", "2026-09"), Home("dads", HomeKind.BirthFamily, "2026-09-12"));

        Assert.Equal(CareRoute.ReturningHome, CareRoutes.For(model));
        Assert.Equal("quinns", CareRoutes.HomeBefore(model)!.Id);
    }

    [Fact]
    public void Given_a_child_who_has_always_lived_with_birth_family_or_has_no_current_home_When_the_route_is_worked_out_Then_there_is_none()
    {
        Assert.Equal(CareRoute.None, CareRoutes.For(With(new DateOnly(2018, 1, 1), Home("family", HomeKind.BirthFamily, "2018-01"))));
        Assert.Equal(CareRoute.None, CareRoutes.For(With(new DateOnly(2018, 1, 1), Home("family", HomeKind.Foster, "2018-01", "2019-01"))));
    }

    [Theory]
    [InlineData("2009-04-04", HomeKind.Foster, true)]
    [InlineData("2009-04-04", HomeKind.ChildrensHome, true)]
    [InlineData("2010-11-24", HomeKind.Foster, false)]
    [InlineData("2009-04-04", HomeKind.Adoptive, false)]
    [InlineData("2009-04-04", HomeKind.SpecialGuardianship, false)]
    public void Given_an_age_and_a_home_When_asked_about_leaving_care_Then_only_a_young_person_of_16_still_in_care_is_leaving_it(string born, HomeKind kind, bool leaving)
    {
        var model = With(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Home("now", kind, "2019-09"));

        Assert.Equal(leaving, CareRoutes.LeavingCare(model, Today));
    }
}
