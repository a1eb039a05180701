using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class DuplexLayoutTests
{
    private static readonly Theme Duplex = Theme.Book with { SectionsOnRightHandPage = true };

    private static readonly string[] Chapters = ["About me", "Where I live", "School", "Holidays"];

    private static LaidOutDocument Book() => Out(
    [
        new CoverBlock("My story"),
        Heading(1, Chapters[0]), Paragraph("A short chapter."),
        Heading(1, Chapters[1]), Paragraph(Sentences(60)),
        Heading(1, Chapters[2]), Paragraph(Sentences(2, 60)),
        Heading(1, Chapters[3]), Paragraph(Sentences(2, 80)),
    ], Duplex);

    private static bool IsBlank(Page page) => !page.Items.Any(i => i is not FurnitureItem);

    [Fact]
    public void Given_a_duplex_book_When_laid_out_Then_every_chapter_starts_on_an_odd_page()
    {
        var laid = Book();

        LayoutInvariants.AssertHold(laid);
        foreach (var chapter in Chapters)
        {
            var page = Assert.Single(laid.Pages, p => p.Items.OfType<TextItem>().Any(t => IsHeading(t) && t.Line.Text == chapter));
            Assert.True(page.Number % 2 == 1, $"'{chapter}' starts on page {page.Number}.");
            // The chapter's heading is the first thing on its page.
            Assert.Equal(chapter, Flow(laid, page).OfType<TextItem>().First().Line.Text);
        }
    }

    [Fact]
    public void Given_a_duplex_book_When_laid_out_Then_inserted_blank_pages_are_even_and_carry_no_page_number()
    {
        var laid = Book();

        var blanks = laid.Pages.Where(IsBlank).ToList();
        Assert.NotEmpty(blanks);
        Assert.All(blanks, blank =>
        {
            Assert.True(blank.Number % 2 == 0, $"Blank page {blank.Number} is a right-hand page.");
            Assert.Empty(blank.Items.OfType<TextItem>());
            Assert.Empty(blank.Items);
        });
        // Every other page after the cover has its own number in the footer.
        foreach (var page in laid.Pages.Skip(1).Where(p => !IsBlank(p)))
        {
            var footer = Assert.IsType<TextItem>(page.Items[^1]);
            Assert.True(LayoutInvariants.IsFooter(laid, page, footer));
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), footer.Line.Text);
        }
    }

    [Fact]
    public void Given_the_same_book_printed_single_sided_When_laid_out_Then_no_blank_pages_are_added()
    {
        var duplex = Book();
        var single = Out(
        [
            new CoverBlock("My story"),
            Heading(1, Chapters[0]), Paragraph("A short chapter."),
            Heading(1, Chapters[1]), Paragraph(Sentences(60)),
            Heading(1, Chapters[2]), Paragraph(Sentences(2, 60)),
            Heading(1, Chapters[3]), Paragraph(Sentences(2, 80)),
        ]);

        Assert.DoesNotContain(single.Pages, IsBlank);
        Assert.Equal(single.Pages.Count + duplex.Pages.Count(IsBlank), duplex.Pages.Count);
    }
}
