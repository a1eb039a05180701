using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class PluralsTests
{
    [Theory]
    [InlineData("rocket", "rockets")]
    [InlineData("rabbit", "rabbits")]
    [InlineData("butterfly", "butterflies")]
    [InlineData("football", "football")]
    [InlineData("sun", "the sun")]
    [InlineData("fish", "fish")]
    [InlineData("fox", "foxes")]
    [InlineData("trains", "trains")]
    [InlineData("Lego", "Lego")]
    [InlineData("Star Wars", "Star Wars")]
    [InlineData("monkey", "monkeys")]
    public void Given_a_favourite_thing_When_the_child_loves_it_Then_it_reads_as_a_child_would_say_it(string thing, string loved) =>
        Assert.Equal(loved, Plurals.Loved(thing));
}
