using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Pages;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>
/// --bilingual ar --booklet: Yusuf's book printed as a booklet with each part's English on the left-hand page and
/// its Arabic on the facing right-hand page, so the carer and the child read the same spread.
/// </summary>
public sealed class BilingualBookletTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Composition Compose() =>
        CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("yusuf"), Today) { Bilingual = "ar", Booklet = true });

    /// <summary>Each page: its number, which hand it is on, and its first line (or that it is blank).</summary>
    private static string Order(LaidOutDocument laid) => string.Join("\n", laid.Pages.Select(page =>
    {
        var hand = page.Number % 2 == 0 ? "left " : "right";
        var first = page.Kind == PageKind.Blank ? "(blank)" : FirstLine(laid, page) ?? "(a picture)";
        return $"{page.Number:00} {hand} {page.Kind,-6} {first}";
    })) + "\n";

    [Fact]
    public void Given_Yusufs_book_in_English_and_Arabic_as_a_booklet_When_laid_out_Then_the_pages_are_in_the_approved_order()
    {
        using var composition = Compose();

        Assert.False(composition.Findings.Any(f => f.IsError), string.Join("\n", composition.Findings));
        var laid = composition.Pages!;
        Golden.Text("yusuf.booklet.en-ar.pages", Order(laid));
        LayoutInvariants.AssertHold(laid);
        Assert.Empty(PageRules.Stranded(laid));
    }

    [Fact]
    public void Given_Yusufs_bilingual_booklet_When_laid_out_Then_every_English_part_page_is_on_the_left_facing_its_Arabic_on_the_right()
    {
        using var composition = Compose();
        var laid = composition.Pages!;

        // The front matter (cover, contents) comes first; from the first chapter on, pages come in facing pairs.
        var pairs = laid.Pages.SkipWhile(p => FirstLine(laid, p) != "All about me")
            .Chunk(2).Where(c => c.Length == 2).ToList();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs.Take(pairs.Count - 1))
        {
            Assert.True(pair[0].Number % 2 == 0, $"Page {pair[0].Number} should be a left-hand page.");
            Assert.True(pair[0].Kind == PageKind.Blank || !HasArabic(laid, pair[0]), $"Page {pair[0].Number} should be English.");
        }
        Assert.Contains(pairs, pair => HasArabic(laid, pair[1]) && !HasArabic(laid, pair[0]) && pair[0].Kind == PageKind.Flow);
        // The booklet is whole sheets: every page has its place on a side, and the last page (the Arabic cover) stays outside.
        var sides = Imposition.Sides(laid.Pages.Count);
        Assert.Equal(laid.Pages.Count, sides.Sum(s => (s.Left is null ? 0 : 1) + (s.Right is null ? 0 : 1)));
        Assert.Equal(laid.Pages.Count, sides[0].Left);
    }

    /// <summary>The first line of the flow on a page: the page furniture and the draft marks above the margin are left out.</summary>
    private static string? FirstLine(LaidOutDocument laid, Page page) =>
        page.Items.OfType<TextItem>().Where(t => !LayoutInvariants.IsFooter(laid, page, t) && t.Bounds.Top >= laid.Theme.Margin - 0.01f)
            .Select(t => t.Line.Text).FirstOrDefault();

    /// <summary>The page's first line starts with an Arabic letter (an Arabic heading or sentence, not an English one naming "يوسف").</summary>
    private static bool HasArabic(LaidOutDocument laid, Page page) =>
        FirstLine(laid, page)?.FirstOrDefault(char.IsLetter) is >= '\u0600' and <= '\u06FF';
}
