using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using LifeStory.Tests.Support;
using TempFolder = LifeStory.Tests.Documents.Pictures.TempFolder;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.RightToLeft.ArabicSamples;
using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Layout.RightToLeft;

/// <summary>
/// Right-to-left pages: every block keeps the layout rules (nothing overlaps, nothing leaves the page) in both
/// themes, and sits where a reader of Arabic looks for it: starts at the right, bullets right of their words, a
/// table's first column, a timeline's first moment and a scale's 0 at the right.
/// </summary>
public sealed class RightToLeftLayoutTests : IDisposable
{
    private const float Near = 0.05f;

    private readonly SamplePictures _samples = new();

    private FolderPictureSource Pictures => _samples.Source;

    public void Dispose() => _samples.Dispose();

    private static Theme ThemeNamed(string name) => name == "book" ? Theme.Book : Theme.Letter;

    private LaidOutDocument Lay(string kind, Theme? theme = null, bool rightToLeft = true) =>
        ArabicSamples.Lay(Of(kind), theme ?? Theme.Book, Pictures, rightToLeft);

    [Theory]
    [MemberData(nameof(ArabicSamples.KindsAndThemes), MemberType = typeof(ArabicSamples))]
    public void Given_each_kind_of_block_on_right_to_left_pages_When_laid_out_Then_nothing_overlaps_and_everything_stays_on_the_page(string kind, string theme)
    {
        var laid = Lay(kind, ThemeNamed(theme));

        Assert.Empty(laid.Problems);
        LayoutInvariants.AssertHold(laid);
        if (kind == "enormous cover") Assert.Single(laid.Pages[0].Items.OfType<ScaledItem>());
    }

    [Theory]
    [MemberData(nameof(ArabicSamples.KindsAndThemes), MemberType = typeof(ArabicSamples))]
    public void Given_each_kind_of_block_When_laid_out_right_to_left_Then_every_shape_picture_and_rule_is_the_mirror_image_of_left_to_right(string kind, string theme)
    {
        var ltr = Lay(kind, ThemeNamed(theme), rightToLeft: false);
        var rtl = Lay(kind, ThemeNamed(theme));

        var width = rtl.Theme.Page.Width;
        Assert.Equal(ltr.Pages.Count, rtl.Pages.Count);
        for (var p = 0; p < rtl.Pages.Count; p++)
        {
            var expected = Drawn(ltr.Pages[p]).Select(r => Show(new SKRect(width - r.Right, r.Top, width - r.Left, r.Bottom))).Order(StringComparer.Ordinal);
            Assert.Equal(expected, Drawn(rtl.Pages[p]).Select(Show).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("book")]
    [InlineData("letter")]
    public void Given_Arabic_paragraphs_When_laid_out_right_to_left_Then_every_line_starts_at_the_right_margin(string theme)
    {
        var laid = Lay("paragraph", ThemeNamed(theme));

        var lines = FlowText(laid, laid.Pages[0]);
        Assert.True(lines.Count > 3);
        var right = laid.Theme.Page.Width - laid.Theme.Margin;
        Assert.All(lines, line => Assert.Equal(right, line.InkBounds.Right, Near));
        // Ragged at the left, as ragged right is in English.
        Assert.Contains(lines, line => line.InkBounds.Left > laid.Theme.Margin + 20);
    }

    [Fact]
    public void Given_an_English_name_inside_an_Arabic_sentence_When_laid_out_right_to_left_Then_the_words_read_from_the_right_with_the_name_in_its_own_order()
    {
        var laid = ArabicSamples.Lay([Paragraph("صديقي Sam Smith يحب كرة القدم")], Theme.Book, Pictures);

        var line = Assert.Single(FlowText(laid, laid.Pages.Single())).Line;
        var x = Words(line).ToDictionary(p => p.Fragment.Text, p => p.X);
        // Read from the right: صديقي, then the name left to right, then يحب كرة القدم on towards the left.
        Assert.True(x["القدم"] < x["كرة"] && x["كرة"] < x["يحب"] && x["يحب"] < x["Sam"] && x["Sam"] < x["Smith"] && x["Smith"] < x["صديقي"],
            string.Join(", ", x.OrderBy(p => p.Value).Select(p => p.Key)));
        // A space lies between every two words, where the name meets the Arabic too.
        var placed = Words(line).OrderBy(p => p.X).ToList();
        for (var i = 1; i < placed.Count; i++)
            Assert.True(placed[i].X - (placed[i - 1].X + placed[i - 1].Fragment.Width) > 2, $"No space between '{placed[i - 1].Fragment.Text}' and '{placed[i].Fragment.Text}'.");
    }

    [Fact]
    public void Given_a_paragraph_that_starts_with_an_English_name_When_laid_out_right_to_left_Then_the_name_is_at_the_right_where_the_sentence_starts()
    {
        var rtl = ArabicSamples.Lay([Paragraph("Sam يحب كرة القدم")], Theme.Book, Pictures);
        var ltr = ArabicSamples.Lay([Paragraph("Sam يحب كرة القدم")], Theme.Book, Pictures, rightToLeft: false);

        var rtlWords = Words(Assert.Single(FlowText(rtl, rtl.Pages.Single())).Line).OrderBy(p => p.X).Select(p => p.Fragment.Text).ToList();
        var ltrWords = Words(Assert.Single(FlowText(ltr, ltr.Pages.Single())).Line).OrderBy(p => p.X).Select(p => p.Fragment.Text).ToList();
        Assert.Equal(["القدم", "كرة", "يحب", "Sam"], rtlWords);
        // On a left-to-right page the first strong letter decides, as before.
        Assert.Equal(["Sam", "القدم", "كرة", "يحب"], ltrWords);
    }

    [Fact]
    public void Given_a_list_When_laid_out_right_to_left_Then_each_bullet_is_right_of_its_words()
    {
        var laid = Lay("list");

        var text = FlowText(laid, laid.Pages[0]);
        var bullets = text.Where(t => t.Line.Text == "•").ToList();
        Assert.Equal(3, bullets.Count);
        foreach (var bullet in bullets)
        {
            var words = text.Where(t => t.Line.Text != "•" && Across(t.Bounds, bullet.Bounds)).ToList();
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.True(bullet.InkBounds.Left > w.InkBounds.Right, $"bullet at {bullet.InkBounds.Left}, words end at {w.InkBounds.Right}"));
        }
        Assert.Equal(laid.Theme.Page.Width - laid.Theme.Margin, bullets.Max(b => b.Bounds.Right), Near);
    }

    [Fact]
    public void Given_a_numbered_list_When_laid_out_right_to_left_Then_the_numbers_are_right_of_their_words()
    {
        var laid = Lay("numbered list");

        var text = laid.Pages.SelectMany(p => FlowText(laid, p)).ToList();
        var number = Assert.Single(text, t => t.Line.Text.Replace(".", "", StringComparison.Ordinal) == "12");
        var words = text.Where(t => !ReferenceEquals(t, number) && Across(t.Bounds, number.Bounds)).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(number.InkBounds.Left > w.InkBounds.Right));
    }

    [Fact]
    public void Given_a_quote_When_laid_out_right_to_left_Then_its_bar_and_tail_are_at_the_right()
    {
        var laid = Lay("quote");

        var page = laid.Pages[0];
        var bubble = page.Items.OfType<ShapeItem>().MaxBy(s => s.Bounds.Width * s.Bounds.Height)!;
        var bar = Assert.Single(page.Items.OfType<ShapeItem>(), s => Math.Abs(s.Bounds.Width - 4) < Near);
        var text = Assert.Single(FlowText(laid, page));
        Assert.True(bar.Bounds.Left > text.InkBounds.Right);
        Assert.True(bar.Bounds.MidX > bubble.Bounds.MidX);
        var tail = Assert.Single(page.Items.OfType<PolygonItem>());
        Assert.True(tail.Bounds.MidX > bubble.Bounds.MidX);
    }

    [Fact]
    public void Given_a_picture_beside_words_When_laid_out_right_to_left_Then_the_picture_is_at_the_right_and_the_words_at_its_left()
    {
        var laid = Lay("beside");

        var page = laid.Pages[0];
        var picture = Assert.Single(page.Items.OfType<PictureItem>());
        var text = Assert.Single(FlowText(laid, page));
        Assert.True(picture.Bounds.Left > text.InkBounds.Right);
    }

    [Fact]
    public void Given_a_table_When_laid_out_right_to_left_Then_its_first_column_is_at_the_right()
    {
        var laid = Lay("table");

        var text = FlowText(laid, laid.Pages[0]);
        Assert.True(Find(text, Day).InkBounds.Left > Find(text, WhatWeDo).InkBounds.Right);
        Assert.True(Find(text, "الاثنين").InkBounds.Left > Find(text, "السباحة").InkBounds.Right);
    }

    [Theory]
    [InlineData("book")]
    [InlineData("letter")]
    public void Given_a_timeline_When_laid_out_right_to_left_Then_it_runs_from_the_right_first_moment_first(string theme)
    {
        var laid = Lay("timeline", ThemeNamed(theme));

        var text = FlowText(laid, laid.Pages[0]);
        var years = new[] { "2019", "2020", "2021", "2023" }.Select(y => Find(text, y).InkBounds.MidX).ToList();
        Assert.Equal(years.OrderDescending(), years);
        Assert.True(Find(text, Born).InkBounds.MidX > Find(text, School).InkBounds.MidX);
    }

    [Fact]
    public void Given_a_scale_When_laid_out_right_to_left_Then_0_is_at_the_right_and_10_at_the_left_with_their_meanings_under_them()
    {
        var laid = Lay("scale");

        var text = FlowText(laid, laid.Pages[0]);
        var numbers = Enumerable.Range(0, 11).Select(n => Assert.Single(text, t => t.Line.Text == n.ToString(System.Globalization.CultureInfo.InvariantCulture)).InkBounds.MidX).ToList();
        Assert.Equal(numbers.OrderDescending(), numbers);
        Assert.True(Find(text, "لست").InkBounds.MidX > Find(text, "تماما").InkBounds.MidX);
        // The page has no English words: what each end means stands under its number.
        Assert.DoesNotContain(text, t => t.Line.Text.Contains("means", StringComparison.Ordinal));
        // Maryam's 9 is nearer the 10 than Jo's 7: at the left of it.
        Assert.True(Find(text, "مريم").InkBounds.MidX < Find(text, "جو").InkBounds.MidX);
    }

    [Fact]
    public void Given_a_family_tree_When_laid_out_right_to_left_Then_each_row_runs_from_the_right()
    {
        var laid = Lay("family tree");

        var text = laid.Pages.SelectMany(p => FlowText(laid, p)).ToList();
        Assert.True(Find(text, "أمي", exact: true).InkBounds.MidX > Find(text, "جدتي", exact: true).InkBounds.MidX);
        Assert.True(Find(text, "ليو", exact: true).InkBounds.MidX > Find(text, "مريم", exact: true).InkBounds.MidX);
    }

    [Fact]
    public void Given_a_contents_page_When_laid_out_right_to_left_Then_titles_are_at_the_right_and_page_numbers_at_the_left()
    {
        var laid = Lay("contents");

        var text = FlowText(laid, laid.Pages[0]);
        var title = Find(text, Where, exact: true);
        var number = Assert.Single(text, t => t.Line.Text == "2");
        Assert.Equal(laid.Theme.Page.Width - laid.Theme.Margin, title.InkBounds.Right, Near);
        Assert.Equal(laid.Theme.Margin, number.InkBounds.Left, Near);
        var leader = Assert.Single(laid.Pages[0].Items.OfType<LineItem>(), l => l.Dashed && Math.Abs(l.Bounds.MidY - title.Bounds.MidY) < title.Bounds.Height);
        Assert.True(leader.Bounds.Left > number.InkBounds.Right && leader.Bounds.Right < title.InkBounds.Left);
        var link = laid.Pages[0].Items.OfType<LinkItem>().First();
        Assert.True(link.Bounds.Contains(title.InkBounds.MidX, title.InkBounds.MidY));
    }

    [Fact]
    public void Given_a_letter_of_several_pages_When_laid_out_right_to_left_Then_the_page_number_is_centred_reading_from_the_right_and_the_running_header_is_at_the_left()
    {
        var laid = ArabicSamples.Lay([Paragraph(Sentences(160))], Theme.Letter, Pictures);

        Assert.True(laid.Pages.Count > 1);
        var theme = laid.Theme;
        foreach (var page in laid.Pages)
        {
            var footer = Assert.IsType<TextItem>(page.Items[^1]);
            Assert.True(LayoutInvariants.IsFooter(laid, page, footer));
            Assert.Equal(theme.Page.Width / 2, footer.InkBounds.MidX, 0.5f);
            // "1 / 3" read from the right: in drawing order, left to right, "3 / 1".
            Assert.Equal(FormattableString.Invariant($"{laid.Pages.Count} / {page.Number}"), footer.Line.Text);
        }
        var header = Assert.Single(laid.Pages[1].Items.OfType<FurnitureItem>().Select(f => f.Inner).OfType<TextItem>());
        Assert.Equal("كتابي", header.Line.Text);
        Assert.Equal(theme.Margin, header.InkBounds.Left, Near);
    }

    [Fact]
    public void Given_an_Arabic_page_When_drawn_Then_it_looks_as_approved()
    {
        var laid = ArabicSamples.Lay(
        [
            new HeadingBlock(1, Words(Where)),
            Paragraph("صديقي Sam Smith يحب كرة القدم. " + Sentences(2)),
            .. Of("list"), .. Of("quote"), Scale, Timeline,
        ], Theme.Book, Pictures);

        LayoutInvariants.AssertHold(laid);
        using var bitmap = PngWriter.Render(laid, 0, Pictures, dpi: 48);
        Golden.Image("arabic.page01", bitmap);
    }

    /// <summary>Two boxes on the same level: they share some height.</summary>
    private static bool Across(SKRect a, SKRect b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > 1;

    private static string Show(SKRect r) => FormattableString.Invariant($"({r.Left:0.0}, {r.Top:0.0}, {r.Right:0.0}, {r.Bottom:0.0})");

    /// <summary>
    /// Where the page's shapes, pictures and rules are, furniture and the insides of groups drawn smaller
    /// included, in page coordinates (text is placed by its own rules).
    /// </summary>
    private static IEnumerable<SKRect> Drawn(Page page) => Drawn(page.Items, 0, 0, 1);

    private static IEnumerable<SKRect> Drawn(IEnumerable<PageItem> items, float x, float y, float scale) => items
        .Select(i => i is FurnitureItem f ? f.Inner : i)
        .SelectMany(i => i is ScaledItem group
            ? Drawn(group.Items, x + group.Bounds.Left * scale, y + group.Bounds.Top * scale, scale * group.Scale).Append(Place(group.Bounds, x, y, scale))
            : i is ShapeItem or PictureItem or MotifItem or PolygonItem || i is LineItem { Bounds.Top: var top, Bounds.Bottom: var bottom } && top == bottom
                ? [Place(i.Bounds, x, y, scale)]
                : []);

    private static SKRect Place(SKRect r, float x, float y, float scale) =>
        new(x + r.Left * scale, y + r.Top * scale, x + r.Right * scale, y + r.Bottom * scale);

    private static List<TextItem> FlowText(LaidOutDocument laid, Page page) =>
        Layout.Lay.Flow(laid, page).OfType<TextItem>().ToList();

    /// <summary>The line holding these words (a right-to-left line's text is in visual order, so words are matched one by one).</summary>
    private static TextItem Find(IEnumerable<TextItem> lines, string words, bool exact = false)
    {
        var wanted = words.Split(' ');
        return Assert.Single(lines, t =>
        {
            var have = Words(t.Line).Select(p => p.Fragment.Text).ToList();
            return exact ? have.Order(StringComparer.Ordinal).SequenceEqual(wanted.Order(StringComparer.Ordinal)) : wanted.All(have.Contains);
        });
    }
}
