using LifeStory.Reviews.Timescales;
using LifeStory.Templating;
using LifeStory.Tests.Support;
using static LifeStory.Tests.Reviews.Timescales.Shipped;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>The rules are data: the shipped file states England's, each with its source, and a council's own file wins.</summary>
public sealed class ReviewTimescalesTests
{
    [Fact]
    public void Given_the_shipped_settings_When_read_Then_they_are_Englands_timescales_with_their_sources()
    {
        Assert.Equal(ReviewTimescales.England, Rules);
        Assert.Equal("the first review within 20 working days of the day the child became looked after " +
            "(The Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33(1))", Rules.FirstReview.Describe());
        Assert.Equal((3, TimescaleUnit.Months), (Rules.SecondReview.Amount, Rules.SecondReview.Unit));
        Assert.Equal((6, TimescaleUnit.Months), (Rules.LaterReviews.Amount, Rules.LaterReviews.Unit));
        Assert.Equal("5 working days", Rules.Letter.Length);
        Assert.Equal("20 working days", Rules.Record.Length);
        Assert.StartsWith("IRO Handbook (2010)", Rules.Record.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_councils_templates_folder_with_its_own_timescales_When_read_Then_the_councils_win()
    {
        using var council = new TempFolder();
        Directory.CreateDirectory(Path.Combine(council.Path, "settings"));
        File.WriteAllText(Path.Combine(council.Path, ReviewTimescales.RelativePath), """
            timescales:
              first_review: { within: 15 working days, source: Our council's review policy 2026 }
              second_review: { within: 3 months, source: regulation 33 }
              later_reviews: { within: 6 months, source: regulation 33 }
              letter: { within: 3 working days, source: Our council's review policy 2026 }
              record: { within: 20 working days, source: IRO Handbook }
            """);

        var rules = ReviewTimescales.From(TemplateFolders.For(null, council.Path));

        Assert.Equal(15, rules.FirstReview.Amount);
        Assert.Equal("Our council's review policy 2026", rules.Letter.Source);
        // Without the council's folder, the shipped file (England's) is used.
        Assert.Equal(ReviewTimescales.England, ReviewTimescales.From(TemplateFolders.For(null, null)));
    }

    [Fact]
    public void Given_a_timescale_written_in_weeks_When_read_Then_the_council_is_told_how_to_write_it()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "review-timescales.yaml");
        File.WriteAllText(file, "timescales:\n  first_review:\n    within: 4 weeks\n    source: policy\n");

        var error = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => ReviewTimescales.Read(file));
        Assert.Contains("'4 weeks' is not a length of time LifeStory understands; write it as 20 working days or 6 months.", error.Message, StringComparison.Ordinal);
    }
}
