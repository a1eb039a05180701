using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Templating;
using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class ChildDatesTests
{
    private static readonly DateOnly Born = new(2019, 6, 12);
    private static readonly Catalogue English = Catalogues.Load(new TemplateFolders([TemplateFolders.BuiltIn]), "en").Catalogue!;
    private static readonly Child Maisie = new("Maisie Rose Clarke", "Maisie", Born, Pronouns.She, "English");

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("2019-06", "June 2019")]
    [InlineData("2019-06-12", "12 June 2019")]
    [InlineData("about 2021-03", "around March 2021")]
    public void Given_a_partial_date_When_formatted_Then_it_says_only_what_is_known(string input, string expected)
    {
        Assert.True(PartialDate.TryParse(input, out var date));
        Assert.Equal(expected, ChildDates.Format(date!));
    }

    [Theory]
    [InlineData("2018-01", "before Maisie was born")]
    [InlineData("2019-06-12", "when Maisie was born")]
    [InlineData("2019", "when Maisie was born")]
    [InlineData("2020-01", "when Maisie was a baby")]
    [InlineData("2022-09-01", "when Maisie was 3")]
    public void Given_a_date_When_told_in_the_third_person_Then_it_is_relative_to_the_birthday(string input, string expected)
    {
        PartialDate.TryParse(input, out var date);
        Assert.Equal(expected, ChildDates.WhenYouWere(date!, Born, Voice.For(Maisie, BookVoice.ThirdPerson), English, Pronouns.She, talkingToChild: false));
    }

    [Fact]
    public void Given_the_you_voice_When_told_Then_it_talks_to_the_child()
    {
        PartialDate.TryParse("2022-09", out var date);
        Assert.Equal("when you were 3", ChildDates.WhenYouWere(date!, Born, Voice.For(Maisie, BookVoice.You), English, Pronouns.She, talkingToChild: true));
    }

    [Theory]
    [InlineData("2023-06-11", 3, AgeBand.EarlyYears)]
    [InlineData("2024-06-12", 5, AgeBand.Primary)]
    [InlineData("2031-06-11", 11, AgeBand.Primary)]
    [InlineData("2031-06-12", 12, AgeBand.Teen)]
    public void Given_a_day_When_the_age_is_worked_out_Then_birthdays_count_on_the_day(string on, int age, AgeBand band)
    {
        var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(age, Ages.YearsOld(Born, day));
        Assert.Equal(band, Ages.BandFor(Maisie, day));
    }

    [Fact]
    public void Given_an_age_band_override_When_chosen_Then_it_wins()
    {
        Assert.Equal(AgeBand.Teen, Ages.BandFor(Maisie with { AgeBand = AgeBand.Teen }, new DateOnly(2026, 1, 1)));
    }
}
