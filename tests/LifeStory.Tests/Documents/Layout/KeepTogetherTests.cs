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
            // The heading crossed onto a later page (pushed there, or with lines the last page took to be a quarter full).
            if (laid.Pages.Skip(1).Any(p => Flow(laid, p).OfType<TextItem>().Any(IsHeading))) headingsStartingPages++;
        }
        Assert.True(headingsStartingPages > 0, "No heading was ever on a later page: the test did not reach the page's bottom.");
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
        var laid = Out([Paragraph(Sentences(20)), Heading(1, "Chapter"), Paragraph(Sentences(20))]);

        Assert.True(laid.Pages.Count == 2, string.Join("\n", laid.Pages.Select(p => string.Join(" ", p.Flow.Select(f => $"{f.Role}{f.Block}:{f.Top:0}-{f.Bottom:0}")))));
        Assert.True(IsHeading(Flow(laid, laid.Pages[1]).OfType<TextItem>().First()));
    }

    [Fact]
    public void Given_a_chapter_too_short_to_fill_a_quarter_page_When_laid_out_Then_it_runs_on_after_the_chapter_before()
    {
        var laid = Out([Heading(1, "First"), Paragraph(Sentences(6)), Heading(1, "Short"), Paragraph("Body.")], Theme.Book with { DensePages = true });

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        Assert.Equal([0, 2], page.Flow.Where(s => s.Role == FlowRole.Heading).Select(s => s.Block).Distinct());
    }

    [Fact]
    public void Given_a_letter_whose_sign_off_falls_at_a_page_end_When_laid_out_Then_it_moves_with_the_paragraph_before_it()
    {
        var moved = 0;
        for (var filler = 30; filler <= 50; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph($"Line {i}.")).ToList();
            blocks.AddRange([Paragraph(Sentences(3)), Paragraph("With best wishes,"), Paragraph("Mark Bennett, the person who runs your meetings")]);

            var laid = Out(blocks, Theme.Letter);

            var last = laid.Pages[^1];
            Assert.Equal(2, last.Flow.Count(s => s.Role == FlowRole.Closing));
            Assert.Contains(last.Flow, s => s.Block == filler);
            if (laid.Pages.Count > 1) moved++;
        }
        Assert.True(moved > 0, "The sign-off never reached a page's end: the test did not test the rule.");
    }

    [Fact]
    public void Given_a_drawing_and_its_words_at_a_page_end_When_laid_out_Then_they_share_a_page()
    {
        var together = 0;
        for (var filler = 10; filler <= 30; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph($"Line {i}.")).ToList();
            blocks.AddRange([new PictureBlock("drawing.png", Style: PictureStyle.Default with { Trim = true }), Paragraph("This is me and my cat."), Paragraph(Sentences(8))]);

            var laid = Out(blocks);

            var drawing = laid.Pages.Single(p => p.Flow.Any(s => s.Role == FlowRole.Drawing));
            Assert.Contains(drawing.Flow, s => s.Block == filler + 1);
            Assert.Contains(drawing.Flow, s => s.Block == filler - 1);
            if (drawing.Flow[0].Block == filler - 1) together++;
        }
        Assert.True(together > 0, "The drawing never reached a page's end: the test did not test the rule.");
    }

    [Fact]
    public void Given_a_page_break_When_laid_out_Then_the_next_block_starts_a_new_page_and_no_empty_page_appears()
    {
        var laid = Out([Paragraph("One."), new PageBreakBlock(), new PageBreakBlock(), Paragraph("Two."), new PageBreakBlock()]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(["One.", "Two."], laid.Pages.Select(p => Assert.Single(Flow(laid, p).OfType<TextItem>()).Line.Text));
    }
}
