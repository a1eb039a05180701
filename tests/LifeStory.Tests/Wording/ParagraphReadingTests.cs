using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

/// <summary>What makes a paragraph hard is named in its own words; names and everyday words do not count against it.</summary>
public sealed class ParagraphReadingTests
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "Maisie", "Nan", "Jo", "Priya", "Shah" };

    [Theory]
    // The samples' own plainest lines, and the sentence that started this: a name and "every month" are not hard.
    [InlineData("Family time with Nan happened every month, plus an extra one at Easter.")]
    [InlineData("Bedtimes after family time are calmer since Jo and Maisie made the wind-down box.")]
    [InlineData("Maisie went to her best friend Ava's birthday party and had a sleepover.")]
    [InlineData("Priya Shah visits you every month to check you are happy and safe.")]
    public void Given_a_plain_sentence_When_it_is_read_Then_it_has_no_long_words_and_no_long_sentence(string text)
    {
        var reading = ParagraphReading.Of(text, Names);

        Assert.Empty(reading.HardWords);
        Assert.True(reading.LongestSentence <= 15, $"{reading.LongestSentence} words");
    }

    [Fact]
    public void Given_official_wording_When_it_is_read_Then_the_words_that_make_it_hard_are_named()
    {
        var reading = ParagraphReading.Of("The local authority will undertake a comprehensive assessment of the placement arrangements.", Names);

        Assert.Equal(["authority", "undertake", "comprehensive", "assessment"], reading.HardWords.Take(4));
    }

    [Fact]
    public void Given_a_long_sentence_When_it_is_read_Then_its_length_is_counted_and_a_colon_ends_a_label()
    {
        var reading = ParagraphReading.Of("What we hope for: Maisie knows that her dad's choices are not her fault, and she can ask questions whenever she wants to.", Names);

        Assert.Equal(19, reading.LongestSentence);
        Assert.Equal(2, reading.Measure.Sentences);
    }
}
