using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class ContentsLayoutTests
{
    private static readonly string[] Chapters = ["Where I live", "My family", "School"];

    private static LaidOutDocument Book(Theme? theme = null) => Out(
    [
        new ContentsBlock("My book"),
        Heading(1, Chapters[0]), Paragraph(Sentences(90)),
        new PageBreakBlock(),
        Heading(1, Chapters[1]), Paragraph(Sentences(3, 100)),
        new PageBreakBlock(),
        Heading(1, Chapters[2]), Paragraph(Sentences(3, 200)),
    ], theme);

    /// <summary>The page a chapter's heading is printed on, and the heading's first line (a long heading wraps).</summary>
    private static (Page Page, TextItem Heading) HeadingOf(LaidOutDocument laid, string title) =>
        Assert.Single(laid.Pages.SelectMany(p => HeadingsOn(laid, p).Where(h => h.Text == title).Select(h => (p, h.First))));

    private static IEnumerable<(string Text, TextItem First)> HeadingsOn(LaidOutDocument laid, Page page)
    {
        var run = new List<TextItem>();
        foreach (var item in Flow(laid, page).OfType<TextItem>().Append(null))
        {
            if (item is not null && IsHeading(item)) { run.Add(item); continue; }
            if (run.Count > 0) yield return (string.Join(" ", run.Select(t => t.Line.Text)), run[0]);
            run.Clear();
        }
    }

    [Fact]
    public void Given_a_contents_page_and_three_chapters_When_laid_out_Then_each_line_shows_the_chapters_page_number()
    {
        var laid = Book();

        LayoutInvariants.AssertHold(laid);
        var contents = laid.Pages[0];
        var texts = Flow(laid, contents).OfType<TextItem>().ToList();
        Assert.Contains(texts, t => IsHeading(t) && t.Line.Text == "My book");
        var numbers = texts.Where(t => t.Line.Text.Length > 0 && t.Line.Text.All(char.IsAsciiDigit)).ToList();
        Assert.Equal(Chapters.Length, numbers.Count);
        var expected = new List<int>();
        foreach (var chapter in Chapters)
        {
            var (page, _) = HeadingOf(laid, chapter);
            expected.Add(page.Number);
            var title = Assert.Single(texts, t => !IsHeading(t) && t.Line.Text == chapter);
            // The number on the title's line: the one whose line box shares the title's height on the page.
            var number = Assert.Single(numbers, n => n.Bounds.Top < title.Bounds.Bottom && n.Bounds.Bottom > title.Bounds.Top);
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), number.Line.Text);
            Assert.True(number.InkBounds.Left > title.InkBounds.Right, "The page number should come after the title.");
        }
        // The first chapter is long, so the numbers are not simply consecutive.
        Assert.Equal(2, expected[0]);
        Assert.True(expected[1] > expected[0] + 1, $"Chapter pages: {string.Join(", ", expected)}.");
        Assert.Equal(expected[1] + 1, expected[2]);
    }

    [Fact]
    public void Given_a_contents_page_When_laid_out_Then_each_line_links_to_an_anchor_on_its_chapters_page()
    {
        var laid = Book();

        var contents = laid.Pages[0];
        var links = contents.Items.OfType<LinkItem>().ToList();
        Assert.Equal(Chapters.Length, links.Count);
        var texts = Flow(laid, contents).OfType<TextItem>().ToList();
        foreach (var chapter in Chapters)
        {
            var (page, heading) = HeadingOf(laid, chapter);
            var title = Assert.Single(texts, t => !IsHeading(t) && t.Line.Text == chapter);
            var link = Assert.Single(links, l => l.Bounds.Contains(title.InkBounds));
            var anchor = Assert.Single(page.Items.OfType<AnchorItem>());
            Assert.Equal(anchor.Name, link.Destination);
            Approx.Equal(heading.Bounds.Top, anchor.Bounds.Top, 0.01f, "Anchor top");
            // No other page holds that anchor.
            Assert.Single(laid.Pages.SelectMany(p => p.Items.OfType<AnchorItem>()), a => a.Name == link.Destination);
        }
        Assert.Equal(Chapters.Length, links.Select(l => l.Destination).Distinct().Count());
    }

    [Fact]
    public void Given_a_letter_with_contents_When_laid_out_Then_chapters_on_the_same_page_share_its_number()
    {
        var laid = Book(Theme.Letter);

        LayoutInvariants.AssertHold(laid);
        var texts = Flow(laid, laid.Pages[0]).OfType<TextItem>().ToList();
        var numbers = texts.Where(t => t.Line.Text.Length > 0 && t.Line.Text.All(char.IsAsciiDigit)).ToList();
        foreach (var chapter in Chapters)
        {
            var (page, _) = HeadingOf(laid, chapter);
            var title = Assert.Single(texts, t => !IsHeading(t) && t.Line.Text == chapter);
            var number = Assert.Single(numbers, n => n.Bounds.Top < title.Bounds.Bottom && n.Bounds.Bottom > title.Bounds.Top);
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), number.Line.Text);
        }
    }

    /// <summary>Each chapter's contents entry shows its heading's page and links to the anchor on that page.</summary>
    private static void AssertContentsMatchChapters(LaidOutDocument laid, IReadOnlyList<string> chapters)
    {
        // An entry is everything inside its link's area: the title's lines and the page number.
        var entries = new Dictionary<string, (string Number, string Destination)>();
        foreach (var page in laid.Pages)
            foreach (var link in page.Items.OfType<LinkItem>())
            {
                var inside = Flow(laid, page).OfType<TextItem>().Where(t => link.Bounds.Contains(t.Bounds)).ToList();
                var number = Assert.Single(inside, t => t.Line.Text.Length > 0 && t.Line.Text.All(char.IsAsciiDigit));
                var title = string.Join(" ", inside.Where(t => t != number).OrderBy(t => t.Bounds.Top).Select(t => t.Line.Text));
                entries.Add(title, (number.Line.Text, link.Destination));
            }
        Assert.Equal(chapters.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        var wrong = new List<string>();
        foreach (var chapter in chapters)
        {
            var (page, _) = HeadingOf(laid, chapter);
            var (number, destination) = entries[chapter];
            if (number != page.Number.ToString(CultureInfo.InvariantCulture))
                wrong.Add($"'{chapter}': the contents say page {number}, it is on page {page.Number}");
            if (!page.Items.OfType<AnchorItem>().Any(a => a.Name == destination))
                wrong.Add($"'{chapter}': the link goes to '{destination}', which is not on page {page.Number}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} contents problems:\n" + string.Join("\n", wrong.Take(8)));
    }

    [Fact]
    public void Given_a_chapter_heading_inside_a_beside_block_too_long_to_sit_beside_its_picture_When_laid_out_Then_every_contents_line_still_matches_its_chapter()
    {
        var laid = Out(
        [
            new ContentsBlock(),
            Heading(1, "Before"), Paragraph("Words."),
            new BesideBlock(new PictureBlock("me.png", "Me"), [Heading(1, "Inside"), Paragraph(Sentences(60))]),
            Heading(1, "After"), Paragraph("More words."),
        ]);

        LayoutInvariants.AssertHold(laid);
        AssertContentsMatchChapters(laid, ["Before", "Inside", "After"]);
    }

    [Fact]
    public void Given_a_book_past_page_one_hundred_with_titles_that_only_just_fit_beside_a_two_digit_number_When_laid_out_Then_the_contents_numbers_are_still_right()
    {
        // The first pass writes "00" for every number; the second writes the real ones. A title that fits beside
        // "00" but not beside a three-digit number wraps only in the second pass.
        var theme = Theme.Book;
        var width = theme.Page.Width - 2 * theme.Margin;
        var style = new ParagraphStyle(FontRole.Body, theme.BodySize * 1.05f, theme.Text, theme.LineHeight);
        float Measure(string text, InlineStyle inline = InlineStyle.None) =>
            LineBreaker.Break([new Inline(text, inline)], style, FontLibrary.Default, 10_000f)[0].Width;
        var roomBesideTwoDigits = width - Measure("00", InlineStyle.Bold) - 40;
        var roomBesideThreeDigits = width - Measure("188", InlineStyle.Bold) - 40;
        Assert.True(roomBesideTwoDigits - roomBesideThreeDigits > 5);
        string[] stories =
        [
            "the day we all went down to the seaside with a picnic and the dog and the kite and the buckets and spades",
            "when Maisie and Jo walked all the way round the lake looking for ducks, swans, geese and a heron or two",
            "a rainy afternoon in the museum with the dinosaurs, the old trains, the mummies and the huge blue whale",
        ];
        var chapters = new List<string>();
        for (var i = 10; i < 50; i++)
        {
            var title = stories.Select(story => $"{i} {story}")
                .SelectMany(full => Enumerable.Range(1, full.Length).Select(n => full[..n].TrimEnd()))
                .FirstOrDefault(t => Measure(t) > roomBesideThreeDigits + 0.5f && Measure(t) <= roomBesideTwoDigits - 0.5f);
            Assert.NotNull(title);
            chapters.Add(title);
        }
        var blocks = new List<Block> { new ContentsBlock() };
        for (var i = 0; i < 100; i++) blocks.AddRange([Paragraph("A page of the story so far."), new PageBreakBlock()]);
        foreach (var chapter in chapters) blocks.AddRange([Heading(1, chapter), Paragraph("Words.")]);

        var laid = Out(blocks, theme);

        LayoutInvariants.AssertHold(laid);
        Assert.True(HeadingOf(laid, chapters[0]).Page.Number >= 100);
        AssertContentsMatchChapters(laid, chapters);
    }
}
