using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using TempFolder = LifeStory.Tests.Documents.Pictures.TempFolder;
using static LifeStory.Tests.Documents.Layout.RightToLeft.ArabicSamples;

namespace LifeStory.Tests.Documents.Layout.RightToLeft;

/// <summary>
/// A right-to-left part on left-to-right pages, as a bilingual letter has: an English part, then the same part in
/// Arabic. The Arabic part's blocks start at the right (bullets, numbers, quote bars, a table's first column) while
/// the English part's stay at the left, and mixed pages keep every layout rule.
/// </summary>
public sealed class RightToLeftPartTests : IDisposable
{
    private const float Near = 0.05f;

    private readonly SamplePictures _samples = new();

    private FolderPictureSource Pictures => _samples.Source;

    public void Dispose() => _samples.Dispose();

    /// <summary>An English part with a list, then an Arabic part holding the blocks, on left-to-right pages.</summary>
    private LaidOutDocument Bilingual(IReadOnlyList<Block> arabic, Theme? theme = null)
    {
        Block[] english = [new HeadingBlock(2, Words("Who came")), new ListBlock([[Paragraph("Margaret Evans, foster carer")], [Paragraph("Tom Reid, social worker")]])];
        Block[] blocks = [.. english, new HeadingBlock(2, Words("من حضر")), .. arabic];
        var sides = blocks.Select((_, i) => new BlockSide(1, i >= english.Length)).ToList();
        return LayoutEngine.Layout(new Document(new DocumentInfo("Letter"), blocks), theme ?? Theme.Letter, FontLibrary.Default, Pictures,
            new BilingualLayout(sides, OtherRightToLeft: true));
    }

    [Fact]
    public void Given_an_Arabic_part_whose_heading_is_an_English_name_When_laid_out_Then_its_list_still_starts_at_the_right()
    {
        // A part about a person is headed by their name in both languages: the part is Arabic all the same.
        Block[] blocks = [new HeadingBlock(2, Words("Mama")), new ListBlock([[Paragraph("cooks")]]), new HeadingBlock(2, Words("Mama")), new ListBlock([[Paragraph("تطبخ")]])];
        var laid = LayoutEngine.Layout(new Document(new DocumentInfo("Letter"), blocks), Theme.Letter, FontLibrary.Default, Pictures,
            new BilingualLayout([new(1, false), new(1, false), new(1, true), new(1, true)], OtherRightToLeft: true));

        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        var arabic = texts.Single(t => t.Line.Text == "تطبخ");
        var english = texts.Single(t => t.Line.Text == "cooks");
        Assert.True(Bullet(texts, arabic).InkBounds.Left >= arabic.InkBounds.Right);
        Assert.True(Bullet(texts, english).InkBounds.Right <= english.InkBounds.Left);
    }

    [Theory]
    [MemberData(nameof(ArabicSamples.KindsAndThemes), MemberType = typeof(ArabicSamples))]
    public void Given_each_kind_of_block_in_an_Arabic_part_of_an_English_page_When_laid_out_Then_nothing_overlaps_and_everything_stays_on_the_page(string kind, string theme)
    {
        var laid = Bilingual(Of(kind), theme == "book" ? Theme.Book : Theme.Letter);

        Assert.Empty(laid.Problems);
        LayoutInvariants.AssertHold(laid);
    }

    [Fact]
    public void Given_a_list_in_an_Arabic_part_When_laid_out_Then_its_bullets_are_right_of_their_words_and_the_words_end_at_the_right()
    {
        // English names only, as an Arabic part's list of who came has: it is still a list in the Arabic part.
        var laid = Bilingual([new ListBlock([[Paragraph("Margaret Evans، foster carer")], [Paragraph("السباحة")]])]);

        var page = laid.Pages[0];
        var right = laid.Theme.Page.Width - laid.Theme.Margin;
        var texts = page.Items.OfType<TextItem>().ToList();
        foreach (var words in new[] { "Evans،", "السباحة" })
        {
            var item = texts.Single(t => t.Line.Text.Contains(words, StringComparison.Ordinal));
            var bullet = Bullet(texts, item);
            Assert.True(bullet.InkBounds.Left >= item.InkBounds.Right, $"The bullet of \"{item.Line.Text}\" should be right of its words.");
            Assert.True(bullet.InkBounds.Right <= right + Near);
            Assert.True(right - bullet.InkBounds.Right < laid.Theme.BodySize * 1.6f, "The bullet should sit at the right margin.");
        }
    }

    [Fact]
    public void Given_an_English_part_before_an_Arabic_one_When_laid_out_Then_its_list_keeps_its_bullets_at_the_left()
    {
        var laid = Bilingual([new ListBlock([[Paragraph("السباحة")]])]);

        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        var item = texts.Single(t => t.Line.Text == "Margaret Evans, foster carer");
        var bullet = Bullet(texts, item);
        Assert.True(bullet.InkBounds.Right <= item.InkBounds.Left);
        Assert.Equal(laid.Theme.Margin, item.Bounds.Left - laid.Theme.BodySize * 1.6f, 0.01f);
    }

    [Fact]
    public void Given_a_numbered_list_in_an_Arabic_part_When_laid_out_Then_each_number_is_right_of_its_words()
    {
        var laid = Bilingual([new ListBlock([[Paragraph("السباحة")], [Paragraph("الرسم مع Sam")]], Ordered: true)]);

        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        foreach (var (number, words) in new[] { ("1.", "السباحة"), ("2.", "Sam") })
        {
            var item = texts.Single(t => t.Line.Text.Contains(words, StringComparison.Ordinal));
            var marker = texts.Single(t => t.Line.Text == number);
            Assert.True(marker.InkBounds.Left >= item.InkBounds.Right, $"{number} should be right of its words.");
        }
    }

    [Fact]
    public void Given_a_quote_in_an_Arabic_part_When_laid_out_Then_its_bar_is_at_the_right_of_its_words()
    {
        var laid = Bilingual([new QuoteBlock([Paragraph("أحب بيتي الجديد وأحب قطتي.")])]);

        var page = laid.Pages[0];
        var words = page.Items.OfType<TextItem>().Single(t => t.Line.Text.Contains("قطتي", StringComparison.Ordinal));
        // The bar: the narrow accent shape beside the words.
        var bar = page.Items.OfType<ShapeItem>().Single(s => s.Bounds.Width < 5 && s.Bounds.Top <= words.Bounds.Top && s.Bounds.Bottom >= words.Bounds.Bottom);
        Assert.True(bar.Bounds.Left >= words.InkBounds.Right, "The quote's bar should be right of its words.");
        Assert.True(words.InkBounds.Right > laid.Theme.Page.Width / 2, "The words should start at the right.");
    }

    [Fact]
    public void Given_a_table_in_an_Arabic_part_When_laid_out_Then_its_first_column_is_at_the_right()
    {
        var laid = Bilingual([Table]);

        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        var first = texts.Single(t => t.Line.Text == Day);
        var second = texts.Single(t => t.Line.Text.Contains("نفعل", StringComparison.Ordinal));
        Assert.True(first.InkBounds.Left > second.InkBounds.Right, "The first column should be right of the second.");
    }

    /// <summary>The bullet or number on the same baseline as an item's first line.</summary>
    private static TextItem Bullet(List<TextItem> texts, TextItem item) =>
        texts.Single(t => t.Line.Text == "•" && Math.Abs(t.Bounds.Top + t.Line.Baseline - (item.Bounds.Top + item.Line.Baseline)) < 0.01f);
}
