using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.RightToLeft.ArabicSamples;

namespace LifeStory.Tests.Documents.Layout.Facing;

/// <summary>
/// A bilingual book laid out for a booklet: each part's English on a left-hand page facing the same part in
/// Arabic on the right-hand page, the shorter side made up with blank pages marked as blank, and the Arabic cover
/// on the back. The imposition then puts each page where the folded booklet needs it.
/// </summary>
public sealed class FacingPagesTests
{
    private static readonly Theme A5Book = new LifeStory.Pipeline.PageLayout(PageSize.A5).Apply(Theme.Book);

    /// <summary>
    /// Front matter in both languages, then part 1 (a short English side, an Arabic side two pages long) and part 2
    /// (one page each). Each block is a page's worth or less, marked by a word that names it.
    /// </summary>
    private static LaidOutDocument Book()
    {
        var blocks = new List<(Block Block, BlockSide Side)>
        {
            (new ParagraphBlock(Words("frontEN")), new(0, false)),
            (new ParagraphBlock(Words("غلاف")), new(0, true)),
            (new HeadingBlock(1, Words("One")), new(1, false)),
            (new ParagraphBlock(Words("partOneEN")), new(1, false)),
            (new HeadingBlock(1, Words("واحد")), new(1, true)),
            (Paragraph(Sentences(30)), new(1, true)),
            (new HeadingBlock(1, Words("Two")), new(2, false)),
            (new ParagraphBlock(Words("partTwoEN")), new(2, false)),
            (new HeadingBlock(1, Words("اثنان")), new(2, true)),
            (new ListBlock([[Paragraph("السباحة")], [Paragraph("Margaret Evans، foster carer")]]), new(2, true)),
        };
        var document = new Document(new DocumentInfo("Book"), [.. blocks.Select(b => b.Block)]);
        return LayoutEngine.Layout(document, A5Book, FontLibrary.Default, NoPictures.Instance,
            new BilingualLayout([.. blocks.Select(b => b.Side)], OtherRightToLeft: true, FacingPages: true));
    }

    /// <summary>What a page is, by the first words on it: "blank" for an added blank page.</summary>
    private static string What(Page page) => page.Kind == PageKind.Blank ? "blank"
        : page.Items.OfType<TextItem>().Select(t => t.Line.Text).First(t => !t.StartsWith("Page ", StringComparison.Ordinal));

    [Fact]
    public void Given_a_bilingual_book_When_laid_out_on_facing_pages_Then_each_English_page_faces_its_Arabic_page()
    {
        var laid = Book();

        var pages = laid.Pages.Select(What).ToList();
        Assert.Equal(8, pages.Count);
        // Page 1, the front cover, is a right-hand page on its own; each pair then starts on a left-hand (even) page.
        Assert.Equal(["frontEN", "One", "واحد", "blank"], pages.Take(4));
        // The Arabic side of part 1 runs on to a second page (5); the English side's page facing it (4) is blank.
        Assert.Contains("اليوم", pages[4], StringComparison.Ordinal);
        Assert.Equal(["Two", "اثنان", "غلاف"], pages.Skip(5));
        LayoutInvariants.AssertHold(laid);
    }

    [Fact]
    public void Given_facing_pages_When_laid_out_Then_blank_pages_are_marked_blank_and_carry_no_page_number()
    {
        var laid = Book();

        Assert.Equal([4], laid.Pages.Where(p => p.Kind == PageKind.Blank).Select(p => p.Number));
        foreach (var page in laid.Pages)
        {
            var numbered = page.Items.Any(item => LayoutInvariants.IsFooter(laid, page, item));
            Assert.Equal(page.Kind != PageKind.Blank, numbered);
            if (page.Kind == PageKind.Blank) Assert.Empty(page.Flow);
        }
    }

    [Fact]
    public void Given_facing_pages_When_laid_out_Then_the_Arabic_side_reads_right_to_left_and_the_English_left_to_right()
    {
        var laid = Book();

        var right = laid.Theme.Page.Width - laid.Theme.Margin;
        var arabicList = laid.Pages[6].Items.OfType<TextItem>().Single(t => t.Line.Text.Contains("السباحة", StringComparison.Ordinal));
        var bullet = laid.Pages[6].Items.OfType<TextItem>().First(t => t.Line.Text == "•");
        Assert.True(bullet.InkBounds.Left >= arabicList.InkBounds.Right && bullet.InkBounds.Right <= right + 0.05f);
        var english = laid.Pages[1].Items.OfType<TextItem>().Single(t => t.Line.Text == "partOneEN");
        Assert.Equal(laid.Theme.Margin, english.InkBounds.Left, 0.05f);
    }

    [Fact]
    public void Given_facing_pages_When_imposed_as_a_booklet_Then_each_page_lands_where_the_folded_booklet_needs_it()
    {
        var laid = Book();
        var pages = laid.Pages.Select(What).ToList();

        string Name(int? page) => page is { } n ? $"{n}:{pages[n - 1]}" : "-";
        var printed = Imposition.Sides(laid.Pages.Count).Select(s => $"{Name(s.Left)} | {Name(s.Right)}").ToList();

        // Sheet 1 carries both covers outside (the Arabic one on the back) and, inside, part 1's English and part 2's
        // Arabic; sheet 2's inner side is the middle spread: the blank page facing the rest of part 1's Arabic.
        Assert.Equal(["8:غلاف | 1:frontEN", "2:One | 7:اثنان", "6:Two | 3:واحد", "4:blank | 5:" + pages[4]], printed);
    }

    [Fact]
    public void Given_facing_pages_that_do_not_fill_whole_sheets_When_imposed_Then_the_blanks_go_before_the_Arabic_back_cover()
    {
        var blocks = new Block[] { new ParagraphBlock(Words("frontEN")), new HeadingBlock(1, Words("One")), new HeadingBlock(1, Words("واحد")), new ParagraphBlock(Words("غلاف")) };
        var sides = new BlockSide[] { new(0, false), new(1, false), new(1, true), new(0, true) };
        var laid = LayoutEngine.Layout(new Document(new DocumentInfo("Book"), blocks), A5Book, FontLibrary.Default, NoPictures.Instance,
            new BilingualLayout(sides, OtherRightToLeft: true, FacingPages: true));

        Assert.Equal(["frontEN", "One", "واحد", "غلاف"], laid.Pages.Select(What));
        var order = Imposition.ReadingOrder(laid.Pages.Count + 1);
        // One page more (five) needs three blanks, all before the last page: the back cover stays outside.
        Assert.Equal([1, 2, 3, 4, null, null, null, 5], order);
    }
}
