using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// Catalogues are kept parsed between runs (every letter and every web preview would parse them again), but a
/// council that edits its catalogue sees its new words on the very next run.
/// </summary>
public sealed class CatalogueEditTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_a_councils_catalogue_When_it_is_edited_between_runs_Then_the_next_letter_has_the_new_words()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var catalogue = Path.Combine(folder, "templates", "languages", "en.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(catalogue)!);
        var request = new RunRequest(Product.Minutes, folder, Today);
        string Made()
        {
            using var composition = CasePipeline.Compose(request);
            Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
            return composition.Markdown!;
        }

        File.WriteAllText(catalogue, "words:\n  who_came: \"Who was there\"\n");
        Assert.Contains("## Who was there", Made(), StringComparison.Ordinal);
        Assert.Contains("## Who was there", Made(), StringComparison.Ordinal);

        // The same length as before, so only the file's time tells the edit apart.
        File.WriteAllText(catalogue, "words:\n  who_came: \"Who came here\"\n");
        File.SetLastWriteTimeUtc(catalogue, File.GetLastWriteTimeUtc(catalogue).AddSeconds(2));
        var edited = Made();
        Assert.Contains("## Who came here", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("Who was there", edited, StringComparison.Ordinal);

        File.Delete(catalogue);
        Assert.Contains("## Who came\n", Made(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_catalogue_edited_into_a_mistake_When_run_again_Then_the_mistake_is_reported_not_the_words_kept_from_before()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var catalogue = Path.Combine(folder, "templates", "languages", "en.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(catalogue)!);
        var request = new RunRequest(Product.Minutes, folder, Today);
        File.WriteAllText(catalogue, "words:\n  who_came: \"Who was there\"\n");
        using (var first = CasePipeline.Compose(request)) Assert.NotNull(first.Pages);

        File.WriteAllText(catalogue, "words:\n  who_came: [a list, not words]\n");
        File.SetLastWriteTimeUtc(catalogue, File.GetLastWriteTimeUtc(catalogue).AddSeconds(2));
        using var second = CasePipeline.Compose(request);

        Assert.Null(second.Pages);
        var error = Assert.Single(second.Findings, f => f.IsError);
        Assert.Equal("catalogue-unreadable", error.Code);
    }
}
