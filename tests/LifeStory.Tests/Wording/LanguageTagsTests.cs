using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("ar", "Arabic")]
    [InlineData("prs", "Dari")]
    [InlineData("ckb", "Sorani")]
    [InlineData("pl", "Polish")]
    [InlineData("TI", "Tigrinya")]
    public void Given_a_catalogues_tag_When_its_English_name_is_asked_for_Then_the_tables_first_name_for_it_comes_back(string tag, string name) =>
        Assert.Equal(name, LanguageTags.NameOf(tag));

    [Fact]
    public void Given_a_tag_nobody_has_named_When_its_English_name_is_asked_for_Then_there_is_none_rather_than_a_guess() =>
        Assert.Null(LanguageTags.NameOf("tlh"));

    [Fact]
    public void Given_each_name_the_table_knows_When_named_back_from_its_tag_Then_the_tag_is_the_same() =>
        Assert.All(new[] { "Arabic", "Polish", "Romanian", "Albanian", "Vietnamese", "Pashto" }, name => Assert.Equal(LanguageTags.For(name), LanguageTags.For(LanguageTags.NameOf(LanguageTags.For(name)!))));
}
