using LifeStory.Checking;
using LifeStory.Tests.Cases;
using static LifeStory.Tests.Checking.CheckerHarness;

namespace LifeStory.Tests.Checking;

public sealed class DateCheckTests
{
    private const string FutureFix = "Check the year. Only things that have already happened belong here.";

    [Fact]
    public void GivenABirthAfterToday_WhenChecked_ThenDateInFuture()
    {
        var findings = Check(TempCaseFolder.MinimalChild.Replace("2019-06-12", "2026-03-01"));

        AssertFinding(Assert.Single(findings), Severity.Error, "date-in-future", 4, 18, "child.date_of_birth",
            "The date of birth 2026-03-01 is after today.", FutureFix);
    }

    [Fact]
    public void GivenAnEventAfterToday_WhenChecked_ThenDateInFuture()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "timeline:\n  - date: 2026-02\n    title: Holiday\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "date-in-future", 8, 11, "timeline[0].date",
            "2026-02 is after today.", FutureFix);
    }

    [Fact]
    public void GivenThisYearAsAYear_WhenChecked_ThenItIsNotInTheFuture()
    {
        Assert.Empty(Check(TempCaseFolder.MinimalChild + "timeline:\n  - date: 2026\n    title: This year\n"));
    }

    [Fact]
    public void GivenAHomeLeftBeforeItWasJoined_WhenChecked_ThenDateOrder()
    {
        var findings = Check(TempCaseFolder.MinimalChild + """
            homes:
              - id: jo
                name: Jo's
                kind: foster
                from: 2021-03
                to: 2020
            """);

        AssertFinding(Assert.Single(findings), Severity.Error, "date-order", 12, 9, "homes[0].to",
            "The moving-out date 2020 is before the moving-in date 2021-03.", "Check which date is which, and the years.");
    }

    [Fact]
    public void GivenAYearAndAMonthInThatYear_WhenChecked_ThenTheRangeIsFine()
    {
        Assert.Empty(Check(TempCaseFolder.MinimalChild + "schools:\n  - { id: s, name: S, from: 2021, to: 2021-01 }\n"));
    }

    [Fact]
    public void GivenASchoolLeftBeforeItStarted_WhenChecked_ThenDateOrder()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "schools:\n  - { id: s, name: S, from: 2023-09, to: 2023-07 }\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "date-order", 8, 42, "schools[0].to",
            "The leaving date 2023-07 is before the starting date 2023-09.", "Check which date is which, and the years.");
    }

    [Fact]
    public void GivenThingsDatedBeforeTheBirth_WhenChecked_ThenWarningsExceptForTheBirthFamilyHome()
    {
        var findings = Check(TempCaseFolder.MinimalChild + """
            homes:
              - { id: flat, name: The flat, kind: birth_family, from: 2015 }
              - { id: jo, name: Jo's, kind: foster, from: 2018 }
            timeline:
              - { date: about 2017, title: Mum and Dad met }
            """);

        const string fix = "Check the year. If it really happened before the birth, this warning can be left.";
        Assert.Collection(findings,
            f => AssertFinding(f, Severity.Warning, "date-order", 9, 47, "homes[1].from", "2018 is before the child was born (2019-06-12).", fix),
            f => AssertFinding(f, Severity.Warning, "date-order", 11, 13, "timeline[0].date", "about 2017 is before the child was born (2019-06-12).", fix));
    }

    [Fact]
    public void GivenANextReviewBeforeTheReview_WhenChecked_ThenDateOrder()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "reviews:\n  - date: 2025-01-20\n    next_review: 2024-07-20\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "date-order", 9, 18, "reviews[0].next_review",
            "The next review 2024-07-20 is before this review's date 2025-01-20.", "Check which date is which, and the years.");
    }
}
