using LifeStory.Documents.Layout;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class EmptySectionLayoutTests
{
    private static Theme ThemeNamed(string name) => name switch
    {
        "book" => Theme.Book,
        "duplex" => Theme.Book with { SectionsOnRightHandPage = true },
        _ => Theme.Letter,
    };

    private static int PageOf(LaidOutDocument laid, string heading) =>
        Assert.Single(laid.Pages, p => Flow(laid, p).OfType<TextItem>().Any(t => IsHeading(t) && t.Line.Text == heading)).Number;

    [Theory]
    [InlineData("book", 1, 2)]
    [InlineData("duplex", 1, 3)]
    [InlineData("letter", 1, 1)]
    public void Given_a_chapter_heading_followed_directly_by_another_When_laid_out_Then_both_headings_are_printed(string themeName,
        int emptyPage, int nextPage)
    {
        var laid = Out([Heading(1, "Nothing yet"), Heading(1, "Where I live"), Paragraph("I live with Jo.")], ThemeNamed(themeName));

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(emptyPage, PageOf(laid, "Nothing yet"));
        Assert.Equal(nextPage, PageOf(laid, "Where I live"));
        var texts = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text).ToList();
        Assert.Equal(["Nothing yet", "Where I live", "I live with Jo."], texts);
        Assert.Equal(2, laid.Pages.SelectMany(p => p.Items).OfType<AnchorItem>().Count());
    }

    [Fact]
    public void Given_an_empty_chapter_at_the_end_When_laid_out_Then_its_heading_is_printed_on_its_own_page()
    {
        var laid = Out([Heading(1, "Where I live"), Paragraph("I live with Jo."), Heading(1, "Still to write")]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(2, laid.Pages.Count);
        Assert.Equal(2, PageOf(laid, "Still to write"));
    }
}
