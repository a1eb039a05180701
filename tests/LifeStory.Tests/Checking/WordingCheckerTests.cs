using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Tests.Cases;
using LifeStory.Tests.Support;
using LifeStory.Wording;

namespace LifeStory.Tests.Checking;

public sealed class WordingCheckerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static IReadOnlyList<Finding> Check(string yaml)
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + yaml);
        var loaded = folder.Load();
        Assert.Empty(loaded.Findings);
        return WordingChecker.Check(loaded.Case!, Today);
    }

    [Fact]
    public void Jargon_in_a_field_points_at_the_field_and_says_what_to_use_instead()
    {
        var findings = Check("""
            timeline:
              - date: 2021-03
                title: Moving to Auntie Bev's
                words: Maisie had supervised contact with her siblings.
            """);
        Assert.Collection(findings,
            f => CheckerHarness.AssertFinding(f, Severity.Warning, "jargon", 10, 12, "timeline[0].words",
                "\"supervised contact\" is social-work jargon.", "Say \"family time with a grown-up there\" instead."),
            f => CheckerHarness.AssertFinding(f, Severity.Warning, "jargon", 10, 12, "timeline[0].words",
                "\"siblings\" is social-work jargon.", "Say \"brothers and sisters\" instead."));
    }

    [Fact]
    public void The_childs_own_words_are_never_flagged()
    {
        var findings = Check("""
            my_words:
              - words: I like contact with my siblings.
                about: after contact
            drawings:
              - id: d
                file: drawings/d.png
                title: My placement
                words: This is my placement.
            """);
        Assert.Equal(["my_words[0].about"], findings.Select(f => f.Field));
    }

    [Fact]
    public void What_the_child_said_at_a_review_is_not_flagged_in_the_case_or_the_letter()
    {
        var findings = Check("""
            people:
              - { id: mark, name: Mark Bennett, relationship: the person who runs my meetings, group: iro }
            reviews:
              - date: 2026-09-15
                child_came: true
                child_said: I want more contact with my siblings.
                going_well:
                  - Respite with Nan went well.
                iro: mark
            """).Where(f => f.Code == WordingChecker.JargonCode).ToList();
        Assert.Equal(["reviews[0].going_well[0]", "letter"], findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal("\"Respite\" is social-work jargon.", f.Message));
        Assert.Null(findings[1].Location);
    }

    [Fact]
    public void A_cases_own_jargon_list_adds_to_the_built_in_one()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + """
            timeline:
              - date: 2021-03
                title: Moving to the hub
                words: Maisie went to the hub.
            """);
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates", "words"));
        File.WriteAllText(Path.Combine(folder.Path, "templates", "words", "jargon.yaml"), "terms:\n  - term: the hub\n    instead: the office\n");
        var findings = WordingChecker.Check(folder.Load().Case!, Today);
        Assert.Equal(["timeline[0].title", "timeline[0].words"], findings.Select(f => f.Field));
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void The_shipped_letter_says_nothing_in_jargon(string sample)
    {
        var loaded = CaseLoader.Load(Repo.Sample(sample)).Case!;
        Assert.DoesNotContain(WordingChecker.Check(loaded, Today), f => f.Code == WordingChecker.JargonCode);
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void The_samples_wording_advice_is_as_approved(string sample)
    {
        var loaded = CaseLoader.Load(Repo.Sample(sample)).Case!;
        var findings = WordingChecker.Check(loaded, Today);
        Assert.DoesNotContain(findings, f => f.IsError);
        Golden.Text(sample, string.Join('\n', findings) + "\n");
    }

    [Fact]
    public void Strict_makes_wording_warnings_errors_and_leaves_the_rest()
    {
        var findings = WordingChecker.Strict(
        [
            new Finding(Severity.Warning, "jargon", null, "letter", "x"),
            new Finding(Severity.Warning, "reading-level", null, "letter", "x"),
            new Finding(Severity.Warning, "picture-soft", null, "photos[0].file", "x"),
        ]);
        Assert.Equal([Severity.Error, Severity.Error, Severity.Warning], findings.Select(f => f.Severity));
    }

    [Theory]
    [InlineData(7, 4)]
    [InlineData(11, 4)]
    [InlineData(12, 7)]
    [InlineData(15, 7)]
    public void The_target_is_reading_age_nine_under_twelve_and_twelve_from_twelve(int age, double grade)
    {
        Assert.Equal(grade, ReadingLevelChecks.TargetGrade(age));
        Assert.Equal(age < 12 ? 9 : 12, ReadingLevel.ReadingAge(grade));
    }
}
