using LifeStory.Languages;

namespace LifeStory.Tests.Languages;

/// <summary>The CLDR plural rules, checked against the examples CLDR itself gives for each category (integers).</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("en", 11, PluralCategory.Other)]
    [InlineData("en-GB", 1, PluralCategory.One)]
    [InlineData("ar", 0, PluralCategory.Zero)]
    [InlineData("ar", 1, PluralCategory.One)]
    [InlineData("ar", 2, PluralCategory.Two)]
    [InlineData("ar", 3, PluralCategory.Few)]
    [InlineData("ar", 10, PluralCategory.Few)]
    [InlineData("ar", 103, PluralCategory.Few)]
    [InlineData("ar", 110, PluralCategory.Few)]
    [InlineData("ar", 11, PluralCategory.Many)]
    [InlineData("ar", 26, PluralCategory.Many)]
    [InlineData("ar", 99, PluralCategory.Many)]
    [InlineData("ar", 111, PluralCategory.Many)]
    [InlineData("ar", 1011, PluralCategory.Many)]
    [InlineData("ar", 100, PluralCategory.Other)]
    [InlineData("ar", 101, PluralCategory.Other)]
    [InlineData("ar", 102, PluralCategory.Other)]
    [InlineData("ar", 1000, PluralCategory.Other)]
    [InlineData("pl", 1, PluralCategory.One)]
    [InlineData("pl", 2, PluralCategory.Few)]
    [InlineData("pl", 4, PluralCategory.Few)]
    [InlineData("pl", 22, PluralCategory.Few)]
    [InlineData("pl", 24, PluralCategory.Few)]
    [InlineData("pl", 102, PluralCategory.Few)]
    [InlineData("pl", 0, PluralCategory.Many)]
    [InlineData("pl", 5, PluralCategory.Many)]
    [InlineData("pl", 11, PluralCategory.Many)]
    [InlineData("pl", 12, PluralCategory.Many)]
    [InlineData("pl", 14, PluralCategory.Many)]
    [InlineData("pl", 19, PluralCategory.Many)]
    [InlineData("pl", 21, PluralCategory.Many)]
    [InlineData("pl", 112, PluralCategory.Many)]
    [InlineData("ro", 1, PluralCategory.One)]
    [InlineData("ro", 0, PluralCategory.Few)]
    [InlineData("ro", 2, PluralCategory.Few)]
    [InlineData("ro", 19, PluralCategory.Few)]
    [InlineData("ro", 101, PluralCategory.Few)]
    [InlineData("ro", 119, PluralCategory.Few)]
    [InlineData("ro", 20, PluralCategory.Other)]
    [InlineData("ro", 100, PluralCategory.Other)]
    [InlineData("ti", 0, PluralCategory.One)]
    [InlineData("ti", 1, PluralCategory.One)]
    [InlineData("ti", 2, PluralCategory.Other)]
    [InlineData("prs", 0, PluralCategory.One)]
    [InlineData("ps", 0, PluralCategory.Other)]
    [InlineData("ps", 1, PluralCategory.One)]
    [InlineData("ckb", 1, PluralCategory.One)]
    [InlineData("sq", 2, PluralCategory.Other)]
    [InlineData("vi", 1, PluralCategory.Other)]
    public void Given_a_whole_number_Then_its_category_is_the_one_CLDR_gives(string language, long number, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.For(language, number));

    [Fact]
    public void Arabic_uses_all_six_categories_and_Polish_four()
    {
        Assert.Equal(6, PluralRules.CategoriesOf("ar").Count);
        Assert.Equal([PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other], PluralRules.CategoriesOf("pl"));
    }
}
