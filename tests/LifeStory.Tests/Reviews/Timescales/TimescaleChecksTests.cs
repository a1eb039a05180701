using LifeStory.Checking;
using LifeStory.Tests.Cases;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>`check` warns about a late review and a next review planned too late, naming the rule and its source.</summary>
public sealed class TimescaleChecksTests
{
    private const string Child = """
        child:
          legal_name: Maisie Test
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English
          looked_after_since: 2026-08-28

        """;

    [Fact]
    public void Given_a_first_review_after_its_20_working_days_When_checked_Then_a_warning_at_its_date_names_the_regulation()
    {
        // Due Monday 28 September 2026 (20 working days after Friday 28 August, skipping the bank holiday on the 31st).
        using var folder = TempCaseFolder.With(Child + "reviews:\n  - date: 2026-09-29\n");

        var finding = Assert.Single(Check(folder));
        Assert.Equal((TimescaleChecks.LateReviewCode, Severity.Warning, "reviews[0].date", 9), (finding.Code, finding.Severity, finding.Field, finding.Location!.Line));
        Assert.Equal("This review on 2026-09-29 was due by 2026-09-28: the rule is the first review within 20 working days of the day " +
            "the child became looked after (The Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33(1)).", finding.Message);
    }

    [Fact]
    public void Given_a_next_review_planned_more_than_3_months_after_the_first_When_checked_Then_a_warning_says_the_last_day_allowed()
    {
        using var folder = TempCaseFolder.With(Child + "reviews:\n  - date: 2026-09-24\n    next_review: 2027-01-07\n");

        var finding = Assert.Single(Check(folder));
        Assert.Equal((TimescaleChecks.NextReviewTooLateCode, "reviews[0].next_review"), (finding.Code, finding.Field));
        // 24 September + 3 months = 24 December 2026.
        Assert.Contains("planned for 2027-01-07, later than the rules allow (2026-12-24): the rule is the second review within 3 months of the first review", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Plan the next review on or before 2026-12-24.", finding.Fix);
    }

    [Fact]
    public void Given_reviews_on_time_When_checked_Then_nothing_is_said()
    {
        using var folder = TempCaseFolder.With(Child + "reviews:\n  - date: 2026-09-24\n    next_review: 2026-12-17\n  - date: 2026-12-17\n    next_review: 2027-06-17\n");

        Assert.Empty(Check(folder));
    }

    private static IReadOnlyList<Finding> Check(TempCaseFolder folder)
    {
        var loaded = folder.Load();
        Assert.Empty(loaded.Findings);
        return TimescaleChecks.Check(loaded.Case!, null);
    }
}
