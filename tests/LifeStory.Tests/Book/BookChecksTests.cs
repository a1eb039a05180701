using LifeStory.Checking;
using LifeStory.Tests.Cases;

namespace LifeStory.Tests.Book;

/// <summary>check says which parts of the book will be missing, so the social worker can fill them before printing.</summary>
public sealed class BookChecksTests
{
    [Fact]
    public void A_case_with_only_a_child_is_told_each_section_it_lacks()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild);
        var findings = BookChecks.Check(folder.Load().Case!);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(["story", "homes", "timeline", "my_words"], findings.Select(f => f.Field));
        Assert.Contains("why_i_could_not_stay", findings[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Birth_family_without_a_family_time_section_is_flagged()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + """
            people:
              - { id: mum, name: Kelly, relationship: my birth mum, group: birth_family }
            story:
              - { id: why, title: Why, markdown: Because., place: why_i_could_not_stay }
            """);
        var findings = BookChecks.Check(folder.Load().Case!);
        var finding = Assert.Single(findings, f => f.Message.Contains("family time", StringComparison.Ordinal));
        Assert.Equal("story", finding.Field);
    }

    [Fact]
    public void An_unknown_theme_and_colour_are_named_with_the_choices()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild.Replace("  first_language: English", "  first_language: English\n  favourite_colour: sparkly", StringComparison.Ordinal) + """
            book:
              theme: under the sea
            """);
        var loaded = folder.Load().Case!;
        var findings = BookChecks.Check(loaded);
        var theme = Assert.Single(findings, f => f.Code == "unknown-theme");
        Assert.Equal("book.theme", theme.Field);
        Assert.Equal(9, theme.Location!.Line);
        Assert.Contains("bright, calm, dyslexia_friendly or teen", theme.Fix, StringComparison.Ordinal);
        Assert.Contains("purple", Assert.Single(findings, f => f.Code == "unknown-colour").Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void The_samples_have_every_section(string sample)
    {
        var loaded = LifeStory.Cases.Loading.CaseLoader.Load(Support.Repo.Sample(sample));
        Assert.Empty(BookChecks.Check(loaded.Case!));
    }
}
