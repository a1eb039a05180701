using LifeStory.Checking;
using LifeStory.Pipeline;
using LifeStory.Tests.Cases;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Checking;

/// <summary>
/// A letter, or a part of one, that the case leaves out is reported at the line in case.yaml it belongs to or
/// that calls for it, never at the top of the file or at no line.
/// </summary>
public sealed class MissingLetterPartTests
{
    private const string TwoReviews = """
        reviews:
          - date: 2025-09-15
            child_came: true
            child_said: I like my school.
          - date: 2025-12-01
            child_came: false
            going_well:
              - Maisie has a new friend.

        """;

    [Fact]
    public void Given_a_review_with_no_way_the_child_was_heard_When_checked_Then_the_empty_part_is_reported_at_that_reviews_line()
    {
        var findings = Check(TempCaseFolder.MinimalChild + TwoReviews);

        var finding = Assert.Single(findings, f => f.Code == "letter-section-empty");
        // MinimalChild is lines 1 to 6; reviews: is line 7; the second review's "- date:" is line 11.
        Assert.Equal(new SourceLocation("case.yaml", 11, 5), finding.Location);
        Assert.Equal("reviews[1]", finding.Field);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("\"What you told me\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2025-12-01", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("views_gathered: I visited you at school before the meeting.")]
    [InlineData("child_said: I want to stay at my school.")]
    public void Given_a_review_that_says_how_the_child_was_heard_When_checked_Then_no_part_is_empty(string heard)
    {
        var findings = Check(TempCaseFolder.MinimalChild + TwoReviews.Replace("    child_came: false", "    child_came: false\n    " + heard, StringComparison.Ordinal));

        Assert.DoesNotContain(findings, f => f.Code == "letter-section-empty");
    }

    [Fact]
    public void Given_a_review_date_the_case_lacks_When_the_letter_is_made_Then_it_is_reported_at_the_list_of_review_dates()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + TwoReviews.Replace("    child_came: false", "    child_came: false\n    views_gathered: I visited you at school.", StringComparison.Ordinal));
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, folder.Path, new DateOnly(2026, 1, 1), ReviewDate: new DateOnly(2025, 10, 1)));

        var finding = Assert.Single(composition.Findings, f => f.Code == "no-review");
        // The list starts at the first review's "- date:" (line 8), where the dates it does have are written.
        Assert.Equal(new SourceLocation("case.yaml", 8, 3), finding.Location);
        Assert.StartsWith("- date: 2025-09-15", Line(Path.Combine(folder.Path, "case.yaml"), 8).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_adopted_child_with_no_later_life_letter_When_checked_and_when_the_letter_is_asked_for_Then_both_point_at_the_adoptive_home()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "poppy"));
        var yaml = Path.Combine(folder, "case.yaml");
        var text = File.ReadAllText(yaml);
        File.WriteAllText(yaml, text[..text.IndexOf("later_life_letter:", StringComparison.Ordinal)]);

        var expected = Assert.Single(BookChecks.Check(LifeStory.Cases.Loading.CaseLoader.Load(folder).Case!), f => f.Code == "later-life-letter-expected");
        using var composition = CasePipeline.Compose(new RunRequest(Product.LaterLifeLetter, folder, new DateOnly(2026, 11, 23)));
        var missing = Assert.Single(composition.Findings, f => f.Code == "no-later-life-letter");

        foreach (var finding in new[] { expected, missing })
        {
            Assert.NotNull(finding.Location);
            Assert.True(finding.Location.Line > 1);
            Assert.Equal("kind: adoptive", Line(yaml, finding.Location.Line).Trim());
            Assert.Equal("adoptive", Line(yaml, finding.Location.Line)[(finding.Location.Column - 1)..].Trim());
        }
    }

    private static IReadOnlyList<Finding> Check(string yaml)
    {
        using var folder = TempCaseFolder.With(yaml);
        var loaded = folder.Load();
        Assert.Empty(loaded.Findings);
        return WordingChecker.Check(loaded.Case!, new DateOnly(2026, 1, 1));
    }

    private static string Line(string file, int line) => File.ReadAllLines(file)[line - 1];
}
