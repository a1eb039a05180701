using LifeStory.Checking;
using LifeStory.Tests.Cases;

namespace LifeStory.Tests.Checking;

/// <summary>
/// Words that are right from an age ("pathway plan", "personal adviser", "Staying Put" from 16): at 16 and over
/// `check` notes how the glossary explains them instead of warning; at 15 they are jargon like any other.
/// </summary>
public sealed class AgeRightTermsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private const string SixteenToday = "2010-11-23";
    private const string SixteenTomorrow = "2010-11-24";

    private static IReadOnlyList<Finding> Check(string dateOfBirth, string? caseJargon = null)
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild.Replace("2019-06-12", dateOfBirth, StringComparison.Ordinal) + """
            people:
              - { id: mark, name: Mark Bennett, relationship: the person who runs my meetings, group: iro }
            timeline:
              - date: 2026-10
                title: Planning with Amy
                words: Maisie and her personal adviser wrote her pathway plan.
            reviews:
              - date: 2026-11-02
                child_came: true
                going_well:
                  - Maisie knows she can have Staying Put with Jo.
                iro: mark
            """);
        if (caseJargon is not null)
        {
            Directory.CreateDirectory(Path.Combine(folder.Path, "templates", "words"));
            File.WriteAllText(Path.Combine(folder.Path, "templates", "words", "jargon.yaml"), caseJargon);
        }
        var loaded = folder.Load();
        Assert.Empty(loaded.Findings);
        return WordingChecker.Check(loaded.Case!, Today);
    }

    [Fact]
    public void Given_a_young_person_of_16_When_checked_Then_the_terms_are_explained_from_the_glossary_not_flagged()
    {
        var findings = Check(SixteenToday);

        Assert.DoesNotContain(findings, f => f.Code == WordingChecker.JargonCode);
        var notes = findings.Where(f => f.Code == WordingChecker.ExplainedTermCode).ToList();
        Assert.All(notes, f => Assert.Equal(Severity.Note, f.Severity));
        Assert.Equal(
            ["timeline[0].words personal adviser", "timeline[0].words pathway plan", "reviews[0].going_well[0] Staying Put", "letter Staying Put"],
            notes.Select(f => f.Field + " " + f.Message.Split('"')[1]));
        var pathway = notes[1];
        Assert.Equal(new SourceLocation("case.yaml", 12, 12), pathway.Location);
        Assert.Equal("\"pathway plan\" is the right word at 16 (from 16): the book explains it on its \"Words grown-ups use\" page.", pathway.Message);
        Assert.Equal("It means: The plan you write with your personal adviser from 16 about what you want next - college, work, a home, money, health - and who will help.", pathway.Fix);
        Assert.StartsWith("\"Staying Put\" is the right word at 16 (from 16): say what it means the first time the letter uses it.", notes[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_young_person_of_15_When_checked_Then_the_same_terms_are_jargon()
    {
        var findings = Check(SixteenTomorrow);

        Assert.DoesNotContain(findings, f => f.Code == WordingChecker.ExplainedTermCode);
        var jargon = findings.Where(f => f.Code == WordingChecker.JargonCode).ToList();
        Assert.Equal(
            ["timeline[0].words personal adviser", "timeline[0].words pathway plan", "reviews[0].going_well[0] Staying Put", "letter Staying Put"],
            jargon.Select(f => f.Field + " " + f.Message.Split('"')[1]));
        Assert.All(jargon, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal("Say \"plan for your future\" instead.", jargon[1].Fix);
    }

    [Fact]
    public void Given_strict_When_a_16_year_olds_terms_are_explained_Then_the_notes_stay_notes()
    {
        var strict = WordingChecker.Strict(Check(SixteenToday));

        Assert.DoesNotContain(strict, f => f.IsError);
        Assert.Equal(4, strict.Count(f => f.Severity == Severity.Note));
    }

    [Fact]
    public void Given_an_age_right_term_the_glossary_does_not_explain_When_checked_at_16_Then_it_stays_jargon()
    {
        var findings = Check(SixteenToday, "terms:\n  - term: planning with\n    instead: making plans with\n    from_age: 16\n");

        var unexplained = Assert.Single(findings, f => f.Message.StartsWith("\"Planning with\"", StringComparison.Ordinal));
        Assert.Equal(WordingChecker.JargonCode, unexplained.Code);
        Assert.Equal(Severity.Warning, unexplained.Severity);
    }

    [Fact]
    public void Given_a_from_age_that_is_not_an_age_When_the_list_is_read_Then_the_council_is_told_where()
    {
        using var folder = new LifeStory.Tests.Support.TempFolder();
        var file = folder.File("jargon.yaml");
        File.WriteAllText(file, "terms:\n  - term: pathway plan\n    instead: plan for your future\n    from_age: sixteen\n");

        var error = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => LifeStory.Wording.JargonDictionary.Read(file));
        Assert.Equal($"{file}:2: 'from_age:' is an age in years, such as 16.", error.Message);
    }
}
