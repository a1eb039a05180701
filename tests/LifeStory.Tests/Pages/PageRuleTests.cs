using Xunit.Abstractions;

namespace LifeStory.Tests.Pages;

/// <summary>
/// The page rules over every sample and test case, in every age band, on every paper, for the book and the letters
/// (<see cref="EveryLayout"/>): a social worker should never have to fix a page by hand before a child reads it.
/// </summary>
public sealed class PageRuleTests(EveryLayout every, ITestOutputHelper output) : IClassFixture<EveryLayout>
{
    [Fact]
    public void Given_every_case_in_every_band_and_paper_When_laid_out_Then_nothing_is_stranded()
    {
        Assert.True(every.Documents.Count >= 5 * 3 * 4 * 2, $"Only {every.Documents.Count} documents were made.");
        var problems = every.Documents.SelectMany(d => PageRules.Stranded(d.Pages).Select(p => $"{d.Name}: {p}")).ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} stranded:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Given_every_case_in_every_band_and_paper_When_laid_out_Then_no_page_is_less_than_a_quarter_full()
    {
        var low = new List<string>();
        foreach (var (name, pages) in every.Documents)
        {
            var fills = PageRules.Fills(pages).ToList();
            var (page, least) = fills.MinBy(f => f.Fill);
            output.WriteLine($"{name}: {pages.Pages.Count} pages, least full page {page} at {PageRules.Percent(least)}");
            low.AddRange(fills.Where(f => f.Fill < 0.25f).Select(f => $"{name}: page {f.Page} is {PageRules.Percent(f.Fill)} full"));
        }

        Assert.True(low.Count == 0, $"{low.Count} nearly empty pages:\n" + string.Join("\n", low.Take(60)));
    }
}
