using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout;

public sealed class QuoteLayoutTests
{
    private static readonly Theme Theme = Theme.Book;
    private static float ContentWidth => Theme.Page.Width - 2 * Theme.Margin;
    private static float ContentHeight => Theme.Page.Height - 2 * Theme.Margin;
    private static ParagraphStyle Body => new(FontRole.Body, Theme.BodySize, Theme.Text, Theme.LineHeight);

    [Fact]
    public void Given_a_short_quote_When_laid_out_Then_it_is_one_bubble_holding_its_lines()
    {
        var laid = Out([new QuoteBlock([Paragraph("I like the big slide best.")])]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        var bubble = page.Items.OfType<ShapeItem>().OrderByDescending(s => s.Bounds.Height).First();
        var line = Assert.Single(Flow(laid, page).OfType<TextItem>());
        Assert.True(bubble.Bounds.Contains(line.InkBounds));
    }

    [Fact]
    public void Given_a_quote_taller_than_a_page_When_laid_out_Then_it_falls_back_to_lines_and_nothing_is_cut()
    {
        var paragraphs = Enumerable.Range(0, 12).Select(i => Paragraph(Sentences(6, i * 10))).ToList();

        var laid = Out([new QuoteBlock([.. paragraphs])]);

        LayoutInvariants.AssertHold(laid);
        Assert.True(laid.Pages.Count > 1);
        Assert.All(laid.Pages.SelectMany(p => p.Items).OfType<ShapeItem>(), s => Assert.True(s.Bounds.Height < ContentHeight * 0.8f));
        var expected = paragraphs.SelectMany(p => LineBreaker.Break(p.Inlines, Body, FontLibrary.Default, ContentWidth - 20)).Select(l => l.Text);
        var placed = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text);
        Assert.Equal(expected, placed);
    }

    [Fact]
    public void Given_a_quote_holding_a_list_When_laid_out_Then_each_item_is_on_its_own_line()
    {
        var laid = Out([new QuoteBlock([new ListBlock([[Paragraph("cats")], [Paragraph("dogs")]])])]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(["cats", "dogs"], Flow(laid, laid.Pages[0]).OfType<TextItem>().Select(t => t.Line.Text).Where(t => t.Length > 0));
    }
}
