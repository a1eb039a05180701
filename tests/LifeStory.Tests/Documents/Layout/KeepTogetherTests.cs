using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout;

public sealed class KeepTogetherTests
{
    [Theory]
    [InlineData("book")]
    [InlineData("letter")]
    public void Given_headings_at_every_height_of_a_page_When_laid_out_Then_a_heading_is_never_last_on_its_page(string themeName)
    {
        var theme = themeName == "book" ? Theme.Book : Theme.Letter;
        var headingsStartingPages = 0;
        for (var filler = 20; filler <= 45; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph($"Line {i}.")).ToList();
            blocks.Add(Heading(2, "A chapter about the seaside"));
            blocks.Add(Paragraph(Sentences(4)));

            var laid = Out(blocks, theme);

            LayoutInvariants.AssertHold(laid);
            foreach (var page in laid.Pages)
            {
                var last = Flow(laid, page).OfType<TextItem>().Last();
                Assert.False(IsHeading(last), $"With {filler} lines before it, the heading ends page {page.Number}.");
            }
            if (laid.Pages.Skip(1).Any(p => IsHeading(Flow(laid, p).OfType<TextItem>().First()))) headingsStartingPages++;
        }
        Assert.True(headingsStartingPages > 0, "No heading was ever pushed to a new page: the test did not reach the page's bottom.");
    }

    [Theory]
    [InlineData("book")]
    [InlineData("letter")]
    public void Given_paragraphs_across_page_breaks_When_laid_out_Then_no_page_holds_a_single_orphan_or_widow_line(string themeName)
    {
        var theme = themeName == "book" ? Theme.Book : Theme.Letter;
        var style = new ParagraphStyle(FontRole.Body, theme.BodySize, theme.Text, theme.LineHeight);
        var width = theme.Page.Width - 2 * theme.Margin;
        var splits = 0;
        for (var lead = 0; lead < 12; lead++)
        {
            var paragraphs = Enumerable.Range(0, lead).Select(i => Paragraph($"Short {i}."))
                .Concat(Enumerable.Range(0, 40).Select(i => Paragraph(Sentences(i % 7 + 1, i)))).ToList();
            var laid = Out([.. paragraphs], theme);
            LayoutInvariants.AssertHold(laid);

            var pageOfLine = laid.Pages.SelectMany(p => Flow(laid, p).OfType<TextItem>().Select(t => (p.Number, t.Line.Text))).ToList();
            var next = 0;
            foreach (var paragraph in paragraphs)
            {
                var lines = LineBreaker.Break(paragraph.Inlines, style, FontLibrary.Default, width);
                var placed = pageOfLine.Skip(next).Take(lines.Count).ToList();
                next += lines.Count;
                Assert.Equal(lines.Select(l => l.Text), placed.Select(p => p.Text));
                var perPage = placed.GroupBy(p => p.Number).Select(g => g.Count()).ToList();
                if (perPage.Count == 1) continue;
                splits++;
                Assert.True(lines.Count >= 4, $"A paragraph of {lines.Count} lines was split.");
                Assert.True(perPage[0] >= 2, $"Only {perPage[0]} line of a {lines.Count}-line paragraph ends a page.");
                Assert.True(perPage[^1] >= 2, $"Only {perPage[^1]} line of a {lines.Count}-line paragraph starts a page.");
            }
            Assert.Equal(pageOfLine.Count, next);
        }
        Assert.True(splits > 0, "No paragraph was ever split across pages: the test did not reach a page break.");
    }

    [Fact]
    public void Given_a_level_one_heading_in_the_book_theme_When_laid_out_Then_it_starts_a_new_page()
    {
        var laid = Out([Paragraph("Intro."), Heading(1, "Chapter"), Paragraph("Body.")]);

        Assert.Equal(2, laid.Pages.Count);
        Assert.True(IsHeading(Flow(laid, laid.Pages[1]).OfType<TextItem>().First()));
    }

    [Fact]
    public void Given_a_page_break_When_laid_out_Then_the_next_block_starts_a_new_page_and_no_empty_page_appears()
    {
        var laid = Out([Paragraph("One."), new PageBreakBlock(), new PageBreakBlock(), Paragraph("Two."), new PageBreakBlock()]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(["One.", "Two."], laid.Pages.Select(p => Assert.Single(Flow(laid, p).OfType<TextItem>()).Line.Text));
    }
}
