using LifeStory.Cases.Loading;
using LifeStory.Checking;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Checking;

/// <summary>One voice a document: `check` shows the sentence that speaks in another.</summary>
public sealed class VoiceChecksTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_a_book_told_as_you_When_worker_text_names_the_child_Then_check_warns_with_the_sentence_and_its_line()
    {
        var folder = Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "kacper");
        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);

        var finding = Assert.Single(findings, f => f.Code == VoiceChecks.Code);
        Assert.Equal("people[1].about", finding.Field);
        // The line of Piotr's "about", read from the fixture so an edit elsewhere in it does not move the goalposts.
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(folder, "case.yaml")), l => l.Contains("about: Piotr writes to Kacper", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0);
        Assert.Equal(line, finding.Location!.Line);
        Assert.Contains("\"Piotr writes to Kacper every month.\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_letter_from_the_IRO_When_a_decision_names_the_IRO_Then_check_asks_for_I()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("- what: I will check that Darren", "- what: Mark will check that Darren", StringComparison.Ordinal));

        var findings = WordingChecker.Check(CaseLoader.Load(folder).Case!, Today);

        var finding = Assert.Single(findings, f => f.Code == VoiceChecks.Code);
        Assert.StartsWith("reviews[1].decisions[", finding.Field, StringComparison.Ordinal);
        Assert.Contains("The letter is from Mark Bennett", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void Given_a_sample_When_checked_Then_it_speaks_in_one_voice(string child) =>
        Assert.DoesNotContain(WordingChecker.Check(CaseLoader.Load(Repo.Sample(child)).Case!, Today), f => f.Code == VoiceChecks.Code);
}
