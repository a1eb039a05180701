using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Tests.Documents.Layout;

/// <summary>The mark across the top of every page says all its words, however many marks and languages it holds.</summary>
public sealed class WatermarkTests
{
    [Theory]
    [InlineData("DRAFT — not yet checked")]
    [InlineData("DRAFT — not yet signed · WERSJA ROBOCZA — jeszcze niepodpisana · Translation not yet checked · Tłumaczenie jeszcze niesprawdzone")]
    [InlineData("DRAFT — not yet signed · WERSJA ROBOCZA — jeszcze niepodpisana · Translation not yet checked · Tłumaczenie jeszcze niesprawdzone · DRAFT — not yet signed · WERSJA ROBOCZA — jeszcze niepodpisana · Translation not yet checked")]
    public void Given_a_mark_When_every_page_is_laid_out_Then_the_top_line_holds_every_word_inside_the_page(string mark)
    {
        foreach (var theme in new[] { Theme.Book, Theme.Letter })
        {
            var document = new Document(new DocumentInfo("Test") { Watermark = mark }, [Lay.Paragraph(Lay.Sentences(80))]);
            var laid = LayoutEngine.Layout(document, theme, FontLibrary.Default, NoPictures.Instance);

            Assert.All(laid.Pages, page =>
            {
                var top = page.Items.OfType<FurnitureItem>().Select(f => f.Inner).OfType<TextItem>().Where(t => t.Bounds.Bottom <= theme.Margin).ToList();
                Assert.Equal(mark.Split(' '), string.Join(" ", top.Select(t => t.Line.Text.Trim())).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                Assert.All(top, t => Assert.True(t.Bounds.Top >= 0 && t.Line.Width <= t.Bounds.Width + 0.5f, $"'{t.Line.Text}' leaves its box"));
            });
            LayoutInvariants.AssertHold(laid);
        }
    }
}
