using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Templating;

namespace LifeStory.Tests.Languages;

/// <summary>Dates and numbers in each language's own words and digits, from its catalogue (the build has no culture data).</summary>
public sealed class CatalogueDatesTests
{
    private static Catalogue Load(string language) => Catalogues.Load(new TemplateFolders([TemplateFolders.BuiltIn]), language).Catalogue!;

    [Theory]
    [InlineData("en", "12 August 2026", "August 2026", "around 2019")]
    [InlineData("ar", "12 أغسطس 2026", "أغسطس 2026", "حوالي 2019")]
    [InlineData("pl", "12 sierpnia 2026", "sierpień 2026", "około 2019")]
    [InlineData("vi", "ngày 12 tháng 8 năm 2026", "tháng 8 năm 2026", "khoảng năm 2019")]
    [InlineData("prs", "12 اگست 2026", "اگست 2026", "حدود 2019")]
    [InlineData("ti", "12 ነሓሰ 2026", "ነሓሰ 2026", "around 2019")]
    public void Given_a_date_Then_it_is_written_in_the_language(string language, string day, string month, string around)
    {
        var words = Load(language);
        Assert.Equal(day, words.Date(new DateOnly(2026, 8, 12)));
        Assert.Equal(month, words.Date(new PartialDate(2026, 8, null, false)));
        Assert.Equal(around, words.Date(new PartialDate(2019, null, null, true)));
    }

    [Fact]
    public void Given_the_English_catalogue_Then_dates_are_exactly_what_they_always_were()
    {
        var english = Load("en");
        foreach (var date in new[] { new PartialDate(2019, 6, null, false), new PartialDate(2019, 6, 3, true), new PartialDate(2020, null, null, false) })
            Assert.Equal(LifeStory.Wording.ChildDates.Format(date), english.Date(date));
    }

    [Fact]
    public void Given_a_council_that_chooses_Arabic_Indic_digits_Then_dates_and_numbers_use_them_and_an_empty_choice_means_0_to_9()
    {
        using var temp = new LifeStory.Tests.Support.TempFolder();
        Directory.CreateDirectory(temp.File("languages"));
        File.WriteAllText(temp.File("languages/ar.yaml"), "digits: \"٠١٢٣٤٥٦٧٨٩\"\n");
        var eastern = Catalogues.Load(new TemplateFolders([temp.Path, TemplateFolders.BuiltIn]), "ar").Catalogue!;
        Assert.Equal("١٠٣", eastern.Number(103));
        Assert.Equal("١٢ أغسطس ٢٠٢٦", eastern.Date(new DateOnly(2026, 8, 12)));
        File.WriteAllText(temp.File("languages/ar.yaml"), "digits: \"\"\n");
        Assert.Equal("103", Catalogues.Load(new TemplateFolders([temp.Path, TemplateFolders.BuiltIn]), "ar").Catalogue!.Number(103));
    }
}
