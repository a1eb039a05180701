using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class PanelLayoutTests
{
    private static readonly SKColor Warm = new(0xFD, 0xEF, 0xDF);
    private static readonly SKColor Cool = new(0xE3, 0xEE, 0xFA);

    [Fact]
    public void Given_a_panel_longer_than_a_page_When_laid_out_Then_it_continues_with_its_colour_behind_every_slice()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => (Block)Paragraph(Sentences(6, i * 10))).ToList();

        var laid = Out([new PanelBlock("Worries", paragraphs, PanelTone.Warm)]);

        LayoutInvariants.AssertHold(laid);
        Assert.True(laid.Pages.Count >= 2, $"The panel should need more than one page; it used {laid.Pages.Count}.");
        foreach (var page in laid.Pages)
        {
            var slices = page.Items.OfType<ShapeItem>().Where(s => s.Fill == Warm).OrderBy(s => s.Bounds.Top).ToList();
            Assert.NotEmpty(slices);
            // The slices touch: the colour runs unbroken down the page.
            for (var i = 1; i < slices.Count; i++)
                Approx.Equal(slices[i - 1].Bounds.Bottom, slices[i].Bounds.Top, 0.01f);
            // Every line of the panel sits on its colour.
            foreach (var text in Flow(laid, page).OfType<TextItem>())
                Assert.True(slices.Any(s => s.Bounds.Contains(text.InkBounds)), $"'{text.Line.Text}' on page {page.Number} is off the panel's colour.");
        }
        var title = Assert.Single(laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>(), t => t.Line.Text == "Worries");
        Assert.Contains(title, Flow(laid, laid.Pages[0]));
        Assert.Equal(new SKColor(0xB3, 0x5C, 0x00), title.Line.Fragments[0].Fragment.Color);
    }

    [Fact]
    public void Given_a_short_panel_When_laid_out_Then_it_is_one_rounded_box_behind_its_title_and_words()
    {
        var laid = Out([new PanelBlock("What is going well", [Paragraph("Maisie reads every night.")])]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        var box = Assert.Single(page.Items.OfType<ShapeItem>(), s => s.Fill == laid.Theme.AccentSoft);
        Assert.True(box.CornerRadius > 0);
        var texts = Flow(laid, page).OfType<TextItem>().ToList();
        var title = Assert.Single(texts, t => t.Line.Text == "What is going well");
        var words = Assert.Single(texts, t => t.Line.Text == "Maisie reads every night.");
        Assert.True(IsHeading(title));
        Assert.True(box.Bounds.Contains(title.InkBounds));
        Assert.True(box.Bounds.Contains(words.InkBounds));
        Assert.True(title.Bounds.Bottom <= words.Bounds.Top);
        // The words are inset from the panel's edge, not against it.
        Assert.True(title.InkBounds.Left > box.Bounds.Left + 4 && title.Bounds.Top > box.Bounds.Top + 4);
    }

    [Theory]
    [InlineData(PanelTone.Warm)]
    [InlineData(PanelTone.Cool)]
    public void Given_a_toned_panel_When_laid_out_Then_its_box_takes_the_tone_colour(PanelTone tone)
    {
        var laid = Out([new PanelBlock(null, [Paragraph("Words.")], tone)]);

        LayoutInvariants.AssertHold(laid);
        var shapes = laid.Pages.Single().Items.OfType<ShapeItem>().ToList();
        Assert.Contains(shapes, s => s.Fill == (tone == PanelTone.Warm ? Warm : Cool) && s.CornerRadius > 0);
        Assert.DoesNotContain(shapes, s => s.Fill == (tone == PanelTone.Warm ? Cool : Warm));
    }
}
