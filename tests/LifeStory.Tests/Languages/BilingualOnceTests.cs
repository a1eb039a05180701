using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// A bilingual document reads, checks and redacts its case once, not once per language; what it says must still be
/// what the two languages' own documents say: their texts part by part, the English findings and then the other's own.
/// </summary>
public sealed class BilingualOnceTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("maisie", Audience.Child)] // no translations of the case's text: one redaction for both languages
    [InlineData("yusuf", Audience.Child)] // the Arabic case text is translated, so redacted on its own
    [InlineData("yusuf", Audience.Parents)]
    public void Given_a_letter_in_English_and_Arabic_When_made_Then_it_is_the_two_languages_own_letters_part_by_part_with_both_findings(
        string sample, Audience reader)
    {
        var request = new RunRequest(Product.Minutes, Repo.Sample(sample), Today) { Reader = reader };
        using var english = CasePipeline.Compose(request);
        using var arabic = CasePipeline.Compose(request with { Language = "ar" });
        using var both = CasePipeline.Compose(request with { Bilingual = "ar" });

        Assert.NotNull(both.Pages);
        Assert.Equal(Bilingual.Interleave(english.Markdown!, arabic.Markdown!), both.Markdown);
        Assert.Equal(english.Findings.Concat(arabic.Findings.Where(f => !english.Findings.Contains(f))), both.Findings);
        Assert.Equal(english.Pages!.Info.Title + " · " + arabic.Pages!.Info.Title, both.Pages.Info.Title);
        Assert.Equal(Path.GetFileNameWithoutExtension(english.FileName) + "-en-ar.pdf", both.FileName);
    }

    [Fact]
    public void Given_a_second_language_with_no_catalogue_When_made_Then_it_stops_with_the_English_findings_and_the_missing_catalogue()
    {
        var request = new RunRequest(Product.Minutes, Repo.Sample("maisie"), Today);
        using var english = CasePipeline.Compose(request);
        using var both = CasePipeline.Compose(request with { Bilingual = "xx" });

        Assert.Null(both.Pages);
        Assert.Equal(english.Findings, both.Findings.Take(english.Findings.Count));
        var missing = Assert.Single(both.Findings.Skip(english.Findings.Count));
        Assert.Equal("no-catalogue", missing.Code);
    }
}
