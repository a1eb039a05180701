using LifeStory.Pipeline;

namespace LifeStory.Tests.Book;

/// <summary>
/// The review letter's "Who came" heading heads a list with someone in it: when everyone sent their views
/// instead of coming, the letter says who told the IRO what they think, under no empty heading.
/// </summary>
public sealed class WhoCameTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("yusuf", "teen")]
    [InlineData("maisie", "early_years")]
    public void Given_a_meeting_nobody_came_to_When_the_letter_is_made_Then_it_has_no_who_came_heading(string sample, string band)
    {
        using var variant = new SampleVariant(sample,
            ("  pronouns:", $"  age_band: {band}\n  pronouns:"),
            ("how: came", "how: sent_views"),
            ("child_came: true", "child_came: false"));
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, variant.Folder, Today));

        Assert.NotNull(composition.Pages);
        Assert.DoesNotContain("Who came", composition.Markdown!, StringComparison.Ordinal);
        Assert.Contains("These people told me what they think:", composition.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yusuf", "teen")]
    [InlineData("maisie", "early_years")]
    public void Given_a_meeting_people_came_to_When_the_letter_is_made_Then_who_came_heads_them(string sample, string band)
    {
        using var variant = SampleVariant.InBand(sample, band);
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, variant.Folder, Today));

        var markdown = composition.Markdown!;
        var heading = markdown.IndexOf("## Who came", StringComparison.Ordinal);
        Assert.True(heading >= 0, markdown);
        // The list (or the young child's faces) follows the heading before the next heading.
        var next = markdown.IndexOf("\n## ", heading + 3, StringComparison.Ordinal);
        var section = markdown[heading..next];
        Assert.Contains(sample == "yusuf" ? "Margaret Evans" : "Jo", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yusuf", "teen")]
    [InlineData("maisie", "early_years")]
    public void Given_someone_told_their_views_by_phone_When_the_letter_is_made_Then_it_says_so_in_a_sentence_of_its_own(string sample, string band)
    {
        using var variant = new SampleVariant(sample,
            ("  pronouns:", $"  age_band: {band}\n  pronouns:"),
            ("how: sent_views", "how: by_phone"));
        using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, variant.Folder, Today));

        var markdown = composition.Markdown!;
        var line = markdown.Split('\n').Single(l => l.EndsWith(" told us their views by phone.", StringComparison.Ordinal));
        Assert.Matches("^[A-Z][^\n]* told us their views by phone\\.$", line);
        Assert.True(markdown.IndexOf(line, StringComparison.Ordinal) < markdown.IndexOf("## What you told me", StringComparison.Ordinal), markdown);
        Assert.DoesNotContain("These people told me what they think:", markdown, StringComparison.Ordinal);
    }
}
