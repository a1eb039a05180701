using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Plans;

/// <summary>
/// The plain-words checks on Mia's letter after her conference (the test case in Cases/Fixtures/mia): jargon and the
/// reading level, as the review letter gets them, each finding at the line of case.yaml its words came from.
/// </summary>
public sealed class ConferenceLetterCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Mia => Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    private static string Edited(TempFolder temp, Func<string, string> edit)
    {
        var folder = temp.CopyOf(Mia);
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, edit(File.ReadAllText(yaml)));
        return folder;
    }

    private static int LineOf(string folder, string text) =>
        File.ReadAllLines(Path.Combine(folder, "case.yaml")).ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Given_a_safety_goal_in_long_words_When_checked_Then_the_childs_conference_letter_is_hard_to_read_at_that_goals_line()
    {
        using var temp = new TempFolder();
        const string hard = "Consistent supervision ensures appropriate developmental opportunities, educational attendance and nutritional adequacy, continuously evidenced through multiagency monitoring arrangements coordinated by professionals.";
        var folder = Edited(temp, yaml => yaml.Replace("safety_goal: Mia gets to school on time every day.", "safety_goal: " + hard, StringComparison.Ordinal));

        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);

        var finding = Assert.Single(findings, f => f.Code == WordingChecker.ReadingLevelCode && f.Field == "conferences[0].worries[1].safety_goal");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("In the letter about the conference on 2026-10-14, \"Consistent supervision ensures appropriate developmental opportunities,", finding.Message, StringComparison.Ordinal);
        Assert.Contains("may be hard for Mia, aged 7", finding.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(folder, hard), finding.Location!.Line);
    }

    [Fact]
    public void Given_jargon_the_councils_letter_template_adds_When_checked_Then_it_is_found_at_the_conferences_own_line()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml);
        var letter = Path.Combine(folder, "templates", "conference");
        Directory.CreateDirectory(letter);
        File.WriteAllText(Path.Combine(letter, "letter.sbn"), "# Dear {{ child.name }},\n\nWe talked about your contact with Dad at the meeting.\n");

        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);

        var finding = Assert.Single(findings, f => f.Code == WordingChecker.JargonCode && f.Message == "\"contact\" is social-work jargon.");
        Assert.Equal("conferences[0]", finding.Field);
        Assert.Equal(LineOf(folder, "- date: 2026-10-14"), finding.Location!.Line);
    }

    [Fact]
    public void Given_jargon_in_a_worry_When_checked_Then_it_is_said_once_at_the_worry_and_not_again_for_the_letter()
    {
        using var temp = new TempFolder();
        var folder = Edited(temp, yaml => yaml.Replace("- what: Sometimes there is not enough food at home,", "- what: After contact there is not enough food at home,", StringComparison.Ordinal));

        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);

        var finding = Assert.Single(findings, f => f.Code == WordingChecker.JargonCode && f.Message == "\"contact\" is social-work jargon.");
        Assert.Equal("conferences[0].worries[0].what", finding.Field);
        Assert.Equal(LineOf(folder, "After contact there is not enough food"), finding.Location!.Line);
    }

    [Fact]
    public void Given_long_sentences_When_Mia_said_them_Then_her_own_words_are_quoted_not_judged_but_the_same_words_from_a_grown_up_are()
    {
        const string long_ = "I like it when Mum makes pancakes and sausages and beans and toast and we all sit together at the table and talk about school and my friends and what we did.";
        using var temp = new TempFolder();
        var said = Edited(temp, yaml => yaml.Replace("child_said: I like it when Mum makes pancakes. I don't like it when there is no food.", "child_said: " + long_, StringComparison.Ordinal));
        using var other = new TempFolder();
        var gathered = Edited(other, yaml => yaml.Replace("views_gathered: Amy talked with you at school the week before the meeting.", "views_gathered: " + long_, StringComparison.Ordinal));

        var hers = WordingChecker.Check(CaseLoader.Load(said).Case!, Today);
        var grownUps = WordingChecker.Check(CaseLoader.Load(gathered).Case!, Today);

        Assert.DoesNotContain(hers, f => f.Code == WordingChecker.ReadingLevelCode && f.Message.Contains("\"I like it when Mum makes", StringComparison.Ordinal));
        var finding = Assert.Single(grownUps, f => f.Code == WordingChecker.ReadingLevelCode && f.Field == "conferences[0].views_gathered");
        Assert.Contains("a sentence of 32 words", finding.Message, StringComparison.Ordinal);
    }
}
