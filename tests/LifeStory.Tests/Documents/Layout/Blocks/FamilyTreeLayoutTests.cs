using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class FamilyTreeLayoutTests : IDisposable
{
    private const float Near = 0.05f;

    private readonly TempFolder _folder = new();
    private readonly FolderPictureSource _pictures;

    public FamilyTreeLayoutTests()
    {
        _folder.Write("kelly.png", TestImages.Png(300, 400, SKColors.SeaGreen));
        _folder.Write("leo.png", TestImages.Png(400, 200, SKColors.Orange));
        _pictures = FolderPictureSource.Under(_folder.Path);
    }

    public void Dispose()
    {
        _pictures.Dispose();
        _folder.Dispose();
    }

    internal static FamilyTreePerson P(string name, string? role = null, string? picture = null, bool child = false) => new(name, role, picture, child);

    internal static readonly FamilyTreeBlock Maisie = new(
    [
        new("Grown-ups", [P("Mum Kelly", "my birth mum", "kelly.png"), P("Darren", "my birth dad"), P("Nan", "my nan")]),
        new("Children", [P("Leo", "my big brother", "leo.png"), P("Maisie", "me", child: true)]),
        new("Looking after me", [P("Jo", "my foster carer"), P("Sam", "my foster carer")]),
    ]);

    internal static List<ShapeItem> Cards(IEnumerable<PageItem> items) =>
        items.OfType<ShapeItem>().Where(s => s.CornerRadius == FamilyTreeLayout.CardCorner && s.StrokeWidth > 0).ToList();

    /// <summary>Cards grouped into lines (same top), top to bottom, each line left to right.</summary>
    private static List<List<ShapeItem>> CardLines(IEnumerable<ShapeItem> cards) =>
        cards.GroupBy(c => MathF.Round(c.Bounds.Top, 1)).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Bounds.Left).ToList()).ToList();

    private static bool Contains(SKRect outer, SKRect inner) =>
        inner.Left >= outer.Left - Near && inner.Top >= outer.Top - Near && inner.Right <= outer.Right + Near && inner.Bottom <= outer.Bottom + Near;

    private static bool Overlap(SKRect a, SKRect b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > Near && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > Near;

    /// <summary>The card a person's name is written in: the one holding the line of text with exactly that name.</summary>
    private static ShapeItem CardOf(IReadOnlyList<PageItem> items, string name)
    {
        var line = Assert.Single(items.OfType<TextItem>(), t => t.Line.Text == name);
        return Assert.Single(Cards(items), c => Contains(c.Bounds, line.InkBounds));
    }

    /// <param name="outside">Lines of text on the pages that are not part of the tree.</param>
    private static void AssertCardsTidy(LaidOutDocument laid, int people, params string[] outside)
    {
        LayoutInvariants.AssertHold(laid);
        Assert.DoesNotContain(laid.Pages.SelectMany(p => p.Items), i => i is ScaledItem);
        var theme = laid.Theme;
        var all = new List<ShapeItem>();
        foreach (var page in laid.Pages)
        {
            var cards = Cards(page.Items);
            all.AddRange(cards);
            for (var i = 0; i < cards.Count; i++)
                for (var j = i + 1; j < cards.Count; j++)
                    Assert.False(Overlap(cards[i].Bounds, cards[j].Bounds), $"Cards at {cards[i].Bounds} and {cards[j].Bounds} overlap.");
            Assert.All(cards, c => Assert.InRange(c.Bounds.Left, theme.Margin - Near, theme.Page.Width - theme.Margin));
            Assert.All(cards, c => Assert.InRange(c.Bounds.Right, theme.Margin, theme.Page.Width - theme.Margin + Near));
            // Every word of the tree sits inside a card, except the rows' labels in their pills.
            var pills = Pills(laid, page);
            foreach (var text in Flow(laid, page).OfType<TextItem>().Where(t => !outside.Contains(t.Line.Text)))
                Assert.True(cards.Any(c => Contains(c.Bounds, text.InkBounds)) || pills.Any(p => Contains(p.Bounds, text.InkBounds)),
                    $"'{text.Line.Text}' at {text.InkBounds} is in no card or pill.");
        }
        Assert.Equal(people, all.Count);
    }

    [Fact]
    public void Given_a_family_of_three_rows_When_laid_out_Then_each_person_is_a_card_inside_the_column_and_no_cards_overlap()
    {
        var laid = Out([Maisie], pictures: _pictures);

        AssertCardsTidy(laid, 7);
        Assert.Empty(laid.Problems);
        var page = Assert.Single(laid.Pages);
        Assert.Equal([3, 2, 2], CardLines(Cards(page.Items)).Select(l => l.Count));
        foreach (var name in new[] { "Mum Kelly", "Darren", "Nan", "Leo", "Maisie", "Jo", "Sam" }) CardOf(page.Items, name);
        var roles = page.Items.OfType<TextItem>().Where(t => t.Line.Text == "my foster carer").ToList();
        Assert.Equal(2, roles.Count);
        Assert.Equal([CardOf(page.Items, "Jo"), CardOf(page.Items, "Sam")], roles.Select(r => Assert.Single(Cards(page.Items), c => Contains(c.Bounds, r.InkBounds))));
        // Labels are in the order of the rows, each above its row's cards.
        var labels = new[] { "Grown-ups", "Children", "Looking after me" }.Select(l => Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == l)).ToList();
        var lines = CardLines(Cards(page.Items));
        for (var r = 0; r < 3; r++)
        {
            Assert.True(labels[r].Bounds.Bottom <= lines[r][0].Bounds.Top, $"'{labels[r].Line.Text}' is not above its row.");
            if (r > 0) Assert.True(labels[r].Bounds.Top >= lines[r - 1][0].Bounds.Bottom, $"'{labels[r].Line.Text}' is not below the row before.");
        }
    }

    [Fact]
    public void Given_a_row_of_three_When_laid_out_Then_the_cards_are_the_same_size_evenly_spaced_and_centred()
    {
        var laid = Out([Maisie], pictures: _pictures);

        var row = CardLines(Cards(laid.Pages[0].Items))[0];
        Assert.All(row, c => Approx.Equal(row[0].Bounds.Width, c.Bounds.Width, Near));
        Assert.All(row, c => Approx.Equal(row[0].Bounds.Height, c.Bounds.Height, Near));
        Approx.Equal(row[1].Bounds.Left - row[0].Bounds.Right, row[2].Bounds.Left - row[1].Bounds.Right, Near);
        Approx.Equal(laid.Theme.Page.Width / 2, (row[0].Bounds.Left + row[^1].Bounds.Right) / 2, Near);
        Assert.True(row[0].Bounds.Width >= FamilyTreeLayout.MinCard);
    }

    [Fact]
    public void Given_three_rows_When_laid_out_Then_lines_join_every_card_into_one_tree()
    {
        var laid = Out([Maisie], pictures: _pictures);

        var page = laid.Pages[0];
        var lines = page.Items.OfType<LineItem>().ToList();
        var rows = CardLines(Cards(page.Items));
        for (var r = 0; r + 1 < rows.Count; r++)
        {
            var (upper, lower) = (rows[r], rows[r + 1]);
            // A short line down from each card of one row, and a short line into each card of the next.
            Assert.All(upper, c => Assert.Contains(lines, l => Vertical(l) && Near > Math.Abs(l.Bounds.Left - c.Bounds.MidX) && Near > Math.Abs(l.Bounds.Top - c.Bounds.Bottom)));
            Assert.All(lower, c => Assert.Contains(lines, l => Vertical(l) && Near > Math.Abs(l.Bounds.Left - c.Bounds.MidX) && Near > Math.Abs(l.Bounds.Bottom - c.Bounds.Top)));
            // And a line between the rows, down the middle.
            Assert.Contains(lines, l => Vertical(l) && Near > Math.Abs(l.Bounds.Left - laid.Theme.Page.Width / 2)
                && l.Bounds.Top >= upper[0].Bounds.Bottom - Near && l.Bounds.Bottom <= lower[0].Bounds.Top + Near);
        }
        Assert.Equal(1, Components(Cards(page.Items), lines, Pills(laid, page)));
    }

    [Fact]
    public void Given_a_child_When_laid_out_Then_their_card_is_highlighted_in_the_accent_colour_with_a_larger_name_and_photo()
    {
        var laid = Out([Maisie], pictures: _pictures);

        var page = laid.Pages[0];
        var theme = laid.Theme;
        var child = CardOf(page.Items, "Maisie");
        var other = CardOf(page.Items, "Leo");
        Assert.Equal(theme.AccentSoft, child.Fill);
        Assert.Equal(theme.Accent, child.Stroke);
        Assert.True(child.StrokeWidth > other.StrokeWidth);
        Assert.NotEqual(theme.AccentSoft, other.Fill);
        var childName = Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == "Maisie").Line.Fragments[0].Fragment;
        var otherName = Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == "Leo").Line.Fragments[0].Fragment;
        Assert.Equal(theme.Accent, childName.Color);
        Assert.True(childName.Size > otherName.Size);
        var childCircle = Circle(page.Items, child);
        var otherPhoto = Assert.Single(page.Items.OfType<PictureItem>(), p => Contains(other.Bounds, p.Bounds));
        Assert.True(childCircle.Bounds.Width > otherPhoto.Bounds.Width);
    }

    [Fact]
    public void Given_pictures_of_any_shape_When_laid_out_Then_each_is_a_round_photo_filled_and_cropped_in_its_card()
    {
        var laid = Out([Maisie], pictures: _pictures);

        var page = laid.Pages[0];
        var photos = page.Items.OfType<PictureItem>().ToList();
        Assert.Equal(2, photos.Count);
        foreach (var (name, file, pixels) in new[] { ("Mum Kelly", "kelly.png", (W: 300f, H: 400f)), ("Leo", "leo.png", (W: 400f, H: 200f)) })
        {
            var photo = Assert.Single(photos, p => p.Source == file);
            var card = CardOf(page.Items, name);
            Assert.True(Contains(card.Bounds, photo.Bounds));
            Approx.Equal(photo.Bounds.Width, photo.Bounds.Height, Near, "a round photo is square");
            Approx.Equal(photo.Bounds.Width / 2, photo.CornerRadius, Near, "and rounded into a circle");
            // The crop has the photo's shape, so the picture fills it without stretching.
            Approx.Equal(1f, photo.Crop.Width * pixels.W / (photo.Crop.Height * pixels.H), 0.01f, file + " crop aspect");
            Approx.Equal(photo.Bounds.MidX, card.Bounds.MidX, Near);
            var nameLine = Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == name);
            Assert.True(nameLine.Bounds.Top >= photo.Bounds.Bottom, $"{name}'s name is not under the photo.");
        }
    }

    [Fact]
    public void Given_people_without_pictures_When_laid_out_Then_each_has_a_soft_circle_with_their_initial()
    {
        var laid = Out([Maisie], pictures: _pictures);

        var page = laid.Pages[0];
        foreach (var (name, initial) in new[] { ("Darren", "D"), ("Nan", "N"), ("Maisie", "M"), ("Jo", "J"), ("Sam", "S") })
        {
            var circle = Circle(page.Items, CardOf(page.Items, name));
            Assert.Null(circle.Stroke);
            var letter = Assert.Single(page.Items.OfType<TextItem>(), t => t.Line.Text == initial && Contains(circle.Bounds, t.Bounds));
            Approx.Equal(circle.Bounds.MidX, (letter.InkBounds.Left + letter.InkBounds.Right) / 2, 0.5f);
        }
    }

    [Fact]
    public void Given_a_picture_whose_file_is_missing_When_laid_out_Then_it_is_reported_and_an_outlined_placeholder_circle_takes_its_place()
    {
        var tree = new FamilyTreeBlock([new("Grown-ups", [P("kelly", "my birth mum", "gone.jpg"), P("Darren")])]);

        var laid = Out([tree], pictures: _pictures);

        AssertCardsTidy(laid, 2);
        var problem = Assert.Single(laid.Problems);
        Assert.Contains("gone.jpg", problem, StringComparison.Ordinal);
        var page = laid.Pages[0];
        Assert.Empty(page.Items.OfType<PictureItem>());
        var circle = Circle(page.Items, CardOf(page.Items, "kelly"));
        Assert.Equal(laid.Theme.Accent, circle.Stroke);
        Assert.Contains(page.Items.OfType<TextItem>(), t => t.Line.Text == "K" && Contains(circle.Bounds, t.Bounds));
    }

    public static TheoryData<string> Stresses() => ["one person", "twelve in a row", "a long name", "Arabic", "no pictures", "missing pictures", "everything"];

    private static FamilyTreeBlock Stress(string name) => name switch
    {
        "one person" => new([new("Me", [P("Maisie", "me", child: true)])]),
        "twelve in a row" => new([new("Brothers and sisters", Enumerable.Range(1, 12).Select(i => P("Child " + i.ToString(CultureInfo.InvariantCulture), "my sister", i % 3 == 0 ? "kelly.png" : null)).ToList())]),
        "a long name" => new([new("Grown-ups", [P(new string('W', 60), "a very very long role that goes on and on for a while"), P("Bo")])]),
        "Arabic" => new([new("عائلتي", [P("يوسف", "أنا", child: true), P("مريم", "أختي"), P("Sam", "my carer")])]),
        "no pictures" => new([new("Grown-ups", [P("Kelly"), P("Darren")]), new("", [P("Leo"), P("Maisie", child: true)]), new("Now", [P("Jo")])]),
        "missing pictures" => new([new("Grown-ups", [P("Kelly", null, "nope.png"), P("Darren", "dad", "")]), new("Me", [P("Maisie", null, "../../etc/passwd", true)])]),
        _ => new(
        [
            new("A label long enough to wrap inside its pill because it goes on and on and on and on and on and on and on and on", [P("Kelly", "mum", "kelly.png")]),
            new("Children", Enumerable.Range(1, 7).Select(i => P(i == 4 ? "Maisie" : "Child " + i.ToString(CultureInfo.InvariantCulture), "sibling", "leo.png", i == 4)).ToList()),
            new("", [P("x"), P("يوسف"), P(new string('M', 60)), P("😀 Emoji")]),
        ]),
    };

    private static int People(FamilyTreeBlock tree) => tree.Rows.Sum(r => r.People.Count);

    [Theory]
    [MemberData(nameof(Stresses))]
    public void Given_a_stress_case_When_laid_out_in_each_theme_and_paper_Then_the_cards_are_tidy_and_inside_the_printable_area(string name)
    {
        var tree = Stress(name);
        foreach (var theme in new[] { Theme.Book, Theme.Letter, Theme.Book with { Page = PageSize.A5 } })
        {
            var laid = Out([Paragraph("Before."), tree, Paragraph("After.")], theme, _pictures);

            AssertCardsTidy(laid, People(tree), "Before.", "After.");
            Assert.All(laid.Pages.SelectMany(p => Cards(p.Items)), c => Assert.True(c.Bounds.Width >= FamilyTreeLayout.MinCard - Near));
        }
    }

    [Theory]
    [MemberData(nameof(Stresses))]
    public void Given_a_stress_case_in_a_narrow_column_When_laid_out_Then_the_cards_are_tidy_and_inside_the_printable_area(string name)
    {
        var tree = Stress(name);
        foreach (var block in new Block[] { new PanelBlock("Family", [tree], PanelTone.Warm), new BesideBlock(new PictureBlock("leo.png"), [tree]) })
        {
            var laid = Out([block], Theme.Book with { Page = PageSize.A5 }, _pictures);

            AssertCardsTidy(laid, People(tree), "Family");
        }
    }

    [Fact]
    public void Given_twelve_people_in_a_row_When_laid_out_Then_the_row_wraps_onto_balanced_lines_of_cards_no_narrower_than_the_minimum()
    {
        var laid = Out([Stress("twelve in a row")], pictures: _pictures);

        var lines = CardLines(Cards(laid.Pages[0].Items));
        Assert.Equal([4, 4, 4], lines.Select(l => l.Count));
        Assert.All(lines.SelectMany(l => l), c => Assert.True(c.Bounds.Width >= FamilyTreeLayout.MinCard));
        Assert.All(lines, l => Approx.Equal(laid.Theme.Page.Width / 2, (l[0].Bounds.Left + l[^1].Bounds.Right) / 2, Near));
    }

    [Fact]
    public void Given_a_sixty_letter_name_When_laid_out_Then_it_wraps_over_several_lines_inside_its_card()
    {
        var laid = Out([Stress("a long name")], pictures: _pictures);

        var page = laid.Pages[0];
        var pieces = page.Items.OfType<TextItem>().Where(t => t.Line.Text.Trim('W').Length == 0 && t.Line.Text.Length > 1).ToList();
        Assert.True(pieces.Count >= 2, "The long name should wrap.");
        Assert.Equal(60, pieces.Sum(t => t.Line.Text.Length));
        var card = Assert.Single(Cards(page.Items), c => Contains(c.Bounds, pieces[0].InkBounds));
        Assert.All(pieces, t => Assert.True(Contains(card.Bounds, t.InkBounds)));
        // The other card in the row is as tall, so the row stays tidy.
        Assert.All(Cards(page.Items), c => Approx.Equal(card.Bounds.Height, c.Bounds.Height, Near));
    }

    [Fact]
    public void Given_a_tree_that_fits_on_a_page_but_not_after_the_text_before_it_When_laid_out_Then_it_moves_whole_to_the_next_page()
    {
        var laid = Out([Paragraph(Sentences(16)), Maisie], pictures: _pictures);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(2, laid.Pages.Count);
        Assert.Empty(Cards(laid.Pages[0].Items));
        Assert.Equal(7, Cards(laid.Pages[1].Items).Count);
    }

    [Fact]
    public void Given_a_tree_taller_than_a_page_When_laid_out_Then_it_breaks_between_rows_and_never_through_a_card_or_a_row()
    {
        var rows = Enumerable.Range(1, 9).Select(r => new FamilyTreeRow("Row " + r.ToString(CultureInfo.InvariantCulture),
            Enumerable.Range(1, 4).Select(i => P($"R{r}P{i}", "someone who matters")).ToList())).ToList();

        var laid = Out([new FamilyTreeBlock(rows)], pictures: _pictures);

        AssertCardsTidy(laid, 36);
        Assert.True(laid.Pages.Count >= 2);
        for (var r = 1; r <= 9; r++)
        {
            var pages = laid.Pages.Where(p => p.Items.OfType<TextItem>().Any(t => t.Line.Text.StartsWith($"R{r}P", StringComparison.Ordinal))).ToList();
            Assert.True(pages.Count == 1, $"Row {r} is on {pages.Count} pages.");
            Assert.Contains(pages[0].Items.OfType<TextItem>(), t => t.Line.Text == $"Row {r}");
        }
        // Each later page starts with a row's label, at the top of the printable area.
        foreach (var page in laid.Pages.Skip(1))
        {
            var top = Flow(laid, page).Where(i => i is not FurnitureItem).MinBy(i => i.Bounds.Top)!;
            Approx.Equal(laid.Theme.Margin, top.Bounds.Top, Near);
            Assert.Contains(Pills(laid, page), p => Near > Math.Abs(p.Bounds.Top - laid.Theme.Margin));
        }
        // Rows sharing a page are still joined by their lines.
        Assert.All(laid.Pages, page => Assert.Equal(1, Components(Cards(page.Items), page.Items.OfType<LineItem>().ToList(), Pills(laid, page))));
    }

    [Fact]
    public void Given_a_row_taller_than_a_page_When_laid_out_Then_it_breaks_between_its_lines_of_cards_without_shrinking()
    {
        var people = Enumerable.Range(1, 150).Select(i => P("Person " + i.ToString(CultureInfo.InvariantCulture), "a friend")).ToList();

        var laid = Out([new FamilyTreeBlock([new("Everyone", people), new("Me", [P("Maisie", child: true)])])], pictures: _pictures);

        AssertCardsTidy(laid, 151);
        Assert.True(laid.Pages.Count >= 3);
        Assert.All(laid.Pages.SelectMany(p => Cards(p.Items)), c => Assert.True(c.Bounds.Width >= FamilyTreeLayout.MinCard));
    }

    [Fact]
    public void Given_a_tree_with_no_rows_or_only_empty_rows_When_laid_out_Then_nothing_is_drawn()
    {
        var laid = Out([new FamilyTreeBlock([]), new FamilyTreeBlock([new("Nobody", [])])]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        Assert.Empty(Cards(page.Items));
        Assert.Empty(page.Items.OfType<LineItem>());
    }

    private static bool Vertical(LineItem line) => Math.Abs(line.Bounds.Left - line.Bounds.Right) < Near && line.Bounds.Bottom > line.Bounds.Top;

    /// <summary>The rows' label pills: soft shapes without an outline that are not inside a card.</summary>
    private static List<ShapeItem> Pills(LaidOutDocument laid, Page page)
    {
        var cards = Cards(page.Items);
        return page.Items.OfType<ShapeItem>()
            .Where(s => s.Stroke is null && s.Fill == laid.Theme.AccentSoft && !cards.Any(c => Contains(c.Bounds, s.Bounds))).ToList();
    }

    /// <summary>The circle (photo placeholder) in a card: the round shape inside it.</summary>
    private static ShapeItem Circle(IReadOnlyList<PageItem> items, ShapeItem card) =>
        Assert.Single(items.OfType<ShapeItem>(), s => !ReferenceEquals(s, card) && Contains(card.Bounds, s.Bounds)
            && Math.Abs(s.Bounds.Width - s.Bounds.Height) < Near && Math.Abs(s.CornerRadius - s.Bounds.Width / 2) < Near);

    /// <summary>
    /// How many separate pieces the cards, pills and lines make when a line touching a card's top or bottom
    /// middle, a pill's edge, or another line joins them.
    /// </summary>
    private static int Components(List<ShapeItem> cards, List<LineItem> lines, List<ShapeItem> pills)
    {
        var nodes = cards.Count + pills.Count + lines.Count;
        var parent = Enumerable.Range(0, nodes).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Join(int a, int b) => parent[Find(a)] = Find(b);
        var boxes = cards.Concat(pills).Select(s => s.Bounds).ToList();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            SKPoint[] ends = [new(line.Bounds.Left, line.Bounds.Top), new(line.Bounds.Right, line.Bounds.Bottom)];
            for (var b = 0; b < boxes.Count; b++)
                if (ends.Any(e => Math.Abs(e.X - boxes[b].MidX) < Near && (Math.Abs(e.Y - boxes[b].Top) < Near || Math.Abs(e.Y - boxes[b].Bottom) < Near)))
                    Join(boxes.Count + l, b);
            for (var o = 0; o < lines.Count; o++)
                if (o != l && ends.Any(e => OnLine(e, lines[o]))) Join(boxes.Count + l, boxes.Count + o);
        }
        return Enumerable.Range(0, cards.Count + pills.Count).Select(Find).Distinct().Count();
    }

    private static bool OnLine(SKPoint p, LineItem line)
    {
        var (a, b) = (new SKPoint(line.Bounds.Left, line.Bounds.Top), new SKPoint(line.Bounds.Right, line.Bounds.Bottom));
        var length = SKPoint.Distance(a, b);
        if (length < Near) return SKPoint.Distance(p, a) < Near;
        var t = Math.Clamp(((p.X - a.X) * (b.X - a.X) + (p.Y - a.Y) * (b.Y - a.Y)) / (length * length), 0, 1);
        return SKPoint.Distance(p, new SKPoint(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y))) < Near;
    }
}
