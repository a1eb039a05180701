using LifeStory.Documents.Rendering;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>Saddle-stitch order: which page goes on which half of which sheet side, and where the blanks go.</summary>
public sealed class ImpositionTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 4)]
    [InlineData(2, 4)]
    [InlineData(3, 4)]
    [InlineData(4, 4)]
    [InlineData(5, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 12)]
    [InlineData(24, 24)]
    public void Given_a_page_count_When_padded_Then_it_is_the_next_multiple_of_four(int pages, int padded)
    {
        Assert.Equal(padded, Imposition.PaddedCount(pages));
    }

    /// <summary>Each side is "left,right"; sides are separated by "|" in printing order; "-" is a blank page.</summary>
    /// <summary>Bound on the right, as a right-to-left book is: the front cover on the left half of the first side.</summary>
    [Theory]
    [InlineData(1, "1,-|-,-")]
    [InlineData(4, "1,4|3,2")]
    [InlineData(8, "1,8|7,2|3,6|5,4")]
    public void Given_a_right_to_left_book_When_imposed_Then_each_side_is_the_left_to_right_side_mirrored(int pages, string expected)
    {
        var sides = Imposition.Sides(pages, rightToLeft: true);

        Assert.Equal(expected, string.Join("|", sides.Select(s => $"{Show(s.Left)},{Show(s.Right)}")));
        Assert.Equal(Imposition.Sides(pages, rightToLeft: false), Imposition.Sides(pages));
    }

    [Theory]
    [InlineData(1, "-,1|-,-")]
    [InlineData(2, "2,1|-,-")]
    [InlineData(3, "3,1|2,-")]
    [InlineData(4, "4,1|2,3")]
    [InlineData(5, "5,1|2,-|-,3|4,-")]
    [InlineData(8, "8,1|2,7|6,3|4,5")]
    [InlineData(24, "24,1|2,23|22,3|4,21|20,5|6,19|18,7|8,17|16,9|10,15|14,11|12,13")]
    public void Given_a_book_When_imposed_Then_the_sides_hold_the_pages_in_saddle_stitch_order(int pages, string expected)
    {
        var sides = Imposition.Sides(pages);

        Assert.Equal(expected, string.Join("|", sides.Select(s => $"{Show(s.Left)},{Show(s.Right)}")));
        Assert.Equal(Imposition.PaddedCount(pages) / 2, sides.Count);
    }

    [Theory]
    [InlineData(5, "1,2,3,4,-,-,-,5")]
    [InlineData(6, "1,2,3,4,5,-,-,6")]
    [InlineData(7, "1,2,3,4,5,6,-,7")]
    [InlineData(1, "1,-,-,-")]
    public void Given_a_book_not_a_multiple_of_four_When_padded_Then_the_blanks_go_before_the_back_cover(int pages, string expected)
    {
        Assert.Equal(expected, string.Join(",", Imposition.ReadingOrder(pages).Select(Show)));
    }

    [Fact]
    public void Given_no_pages_When_imposed_Then_there_are_no_sides()
    {
        Assert.Empty(Imposition.Sides(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Imposition.Sides(-1));
    }

    /// <summary>
    /// Folding simulated on its own: stack the sheets (first sheet outermost), fold, and read. The first half of
    /// the booklet is each sheet's front-right then back-left, outside in; the second half each sheet's back-right
    /// then front-left, inside out. Every page must appear once, in order, and the last page must be last.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(13)]
    [InlineData(24)]
    [InlineData(61)]
    public void Given_the_printed_sheets_When_folded_and_read_Then_the_pages_come_in_reading_order(int pages)
    {
        var sides = Imposition.Sides(pages);
        var sheets = Enumerable.Range(0, sides.Count / 2).Select(i => (Front: sides[2 * i], Back: sides[2 * i + 1])).ToList();

        var read = sheets.SelectMany(s => new[] { s.Front.Right, s.Back.Left })
            .Concat(Enumerable.Reverse(sheets).SelectMany(s => new[] { s.Back.Right, s.Front.Left }))
            .ToList();

        Assert.Equal(Imposition.ReadingOrder(pages), read);
        Assert.Equal(Enumerable.Range(1, pages).Cast<int?>(), read.Where(p => p is not null));
        if (pages > 1) Assert.Equal(pages, read[^1]);
    }

    private static string Show(int? page) => page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
