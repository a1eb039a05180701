using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout;

public sealed class StressLayoutTests
{
    [Fact]
    public void Given_an_empty_document_When_laid_out_Then_there_is_one_page_holding_only_its_number()
    {
        var laid = Out([]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        // Page furniture (the theme's band along the top) aside, the page holds its number and nothing else.
        var footer = Assert.IsType<TextItem>(Assert.Single(page.Items, i => i is not FurnitureItem));
        Assert.Equal("1", footer.Line.Text);
    }

    [Fact]
    public void Given_one_very_long_word_When_laid_out_Then_it_spans_pages_inside_the_margins()
    {
        var word = string.Concat(Enumerable.Repeat("supercalifragilistic", 400));

        var laid = Out([Paragraph(word)]);

        LayoutInvariants.AssertHold(laid);
        Assert.True(laid.Pages.Count > 1);
        Assert.Equal(word, string.Concat(laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text)));
    }

    [Theory]
    [InlineData("book")]
    [InlineData("letter")]
    public void Given_500_paragraphs_When_laid_out_Then_every_line_is_placed_inside_the_margins(string themeName)
    {
        var theme = themeName == "book" ? Theme.Book : Theme.Letter;
        var blocks = Enumerable.Range(0, 500).Select(i => (Block)Paragraph(Sentences(i % 6 + 1, i))).ToList();

        var laid = Out(blocks, theme);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(Enumerable.Range(1, laid.Pages.Count), laid.Pages.Select(p => p.Number));
        var placed = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Count();
        var expected = blocks.Cast<ParagraphBlock>().Sum(b => Lines(b.Inlines, theme, theme.Page.Width - 2 * theme.Margin).Count);
        Assert.Equal(expected, placed);
    }

    [Fact]
    public void Given_a_very_tall_picture_When_laid_out_Then_it_is_scaled_to_fit_the_page()
    {
        using var folder = new TempFolder();
        folder.Write("tall.png", TestImages.Png(400, 3000, SKColors.SeaGreen));
        using var pictures = FolderPictureSource.Under(folder.Path);

        var laid = Out([Paragraph("Before."), new PictureBlock("tall.png", "A very tall picture"), Paragraph("After.")], pictures: pictures);

        LayoutInvariants.AssertHold(laid);
        Assert.Empty(laid.Problems);
        var picture = Assert.Single(laid.Pages.SelectMany(p => p.Items).OfType<PictureItem>());
        var contentHeight = Theme.Book.Page.Height - 2 * Theme.Book.Margin;
        Assert.True(picture.Bounds.Height <= contentHeight * 0.55f, $"The picture is {picture.Bounds.Height} tall, more than about half the page.");
        Assert.Equal(400f / 3000f, picture.Bounds.Width / picture.Bounds.Height, 3);
        var page = Assert.Single(laid.Pages);
        var caption = Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == "A very tall picture");
        Assert.True(caption.Bounds.Top >= picture.Bounds.Bottom);
    }

    [Fact]
    public void Given_Latin_and_Arabic_paragraphs_When_laid_out_Then_the_layout_stays_inside_the_margins()
    {
        var blocks = Enumerable.Range(0, 60).Select(i => (Block)Paragraph(i % 2 == 0
            ? Sentences(3, i) + " My grandmother calls me يوسف حبيبي and says مرحبا when I come home."
            : "أنا أحب المدرسة كثيرا ولدي أصدقاء طيبون، ونلعب كرة القدم في الحديقة بعد الظهر مع Sam و Jo كل يوم جمعة.")).ToList();

        var laid = Out(blocks);

        LayoutInvariants.AssertHold(laid);
        var rightEdge = Theme.Book.Page.Width - Theme.Book.Margin;
        var lines = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().ToList();
        var rightAligned = lines.Where(t => t.Line.Offset > 0 && Math.Abs(t.InkBounds.Right - rightEdge) < 0.01f).ToList();
        Assert.Equal(30, rightAligned.Count(t => t.Line.Text.EndsWith("أنا", StringComparison.Ordinal)));
        Assert.All(lines.Except(rightAligned), t => Assert.Equal(Theme.Book.Margin, t.InkBounds.Left, 3));
    }

    [Fact]
    public void Given_a_long_list_When_laid_out_Then_it_runs_over_pages_inside_the_margins()
    {
        var items = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<Block>)[Paragraph(Sentences(i % 3 + 1, i))]).ToList();

        var laid = Out([new ListBlock(items, Ordered: true, Start: 1), new ListBlock(items)]);

        LayoutInvariants.AssertHold(laid);
        Assert.True(laid.Pages.Count > 3);
    }

    [Fact]
    public void Given_a_nested_list_When_laid_out_Then_inner_items_are_indented_further()
    {
        IReadOnlyList<Block> inner = [new ListBlock([[Paragraph("inner")]])];
        var laid = Out([new ListBlock([[Paragraph("outer"), .. inner]])]);

        LayoutInvariants.AssertHold(laid);
        var text = laid.Pages[0].Items.OfType<TextItem>().Where(t => t.Line.Text != "•").ToDictionary(t => t.Line.Text, t => t.InkBounds.Left);
        Assert.True(text["inner"] > text["outer"]);
        Assert.True(text["outer"] > Theme.Book.Margin);
    }

    [Fact]
    public void Given_a_cover_When_laid_out_Then_it_has_its_own_page_without_a_number()
    {
        var laid = Out([new CoverBlock("Maisie's Story", "All about me", "missing.jpg"), Paragraph("Page one.")]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(2, laid.Pages.Count);
        Assert.DoesNotContain(laid.Pages[0].Items.OfType<TextItem>(), t => t.Line.Text == "1");
        Assert.Equal("2", ((TextItem)laid.Pages[1].Items[^1]).Line.Text);
        Assert.Single(laid.Problems);
    }

    private static IReadOnlyList<LifeStory.Documents.Text.TextLine> Lines(IReadOnlyList<Inline> inlines, Theme theme, float width) =>
        LifeStory.Documents.Text.LineBreaker.Break(inlines,
            new(LifeStory.Documents.Text.FontRole.Body, theme.BodySize, theme.Text, theme.LineHeight), LifeStory.Documents.Text.FontLibrary.Default, width);
}
