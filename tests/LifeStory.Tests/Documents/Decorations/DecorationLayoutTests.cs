using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Decorations;

public sealed class DecorationLayoutTests
{
    private static readonly SKColor Colour = new(0x2A, 0x9D, 0x8F);

    public static TheoryData<float, float, float, float> Pages => new()
    {
        { 0, 0, PageSize.A4.Width, PageSize.A4.Height },
        { 0, 0, PageSize.A5.Width, PageSize.A5.Height },
        { 0, 0, PageSize.Letter.Width, PageSize.Letter.Height },
        // The cover's own coordinates, relative to its content area: the page starts a margin up and left.
        { -56, -56, PageSize.A4.Width - 56, PageSize.A4.Height - 56 },
        { 0, 0, PageSize.A4.Height, PageSize.A4.Width },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Given_an_empty_cover_When_decorated_Then_one_large_motif_and_five_small_ones_lie_inside_without_touching(
        float left, float top, float right, float bottom)
    {
        var page = new SKRect(left, top, right, bottom);

        var motifs = DecorationLayout.CoverMotifs(page, Motif.Rabbit, Colour);

        Assert.Equal(6, motifs.Count);
        Assert.All(motifs, m => Assert.True(page.Contains(m.Bounds), $"{m.Bounds} is not inside the page {page}."));
        Assert.All(motifs, m => Assert.Equal((Motif.Rabbit, Colour), (m.Motif, m.Colour)));
        Assert.All(motifs.Skip(1), m => Assert.True(m.Bounds.Width * 2 < motifs[0].Bounds.Width, $"A small motif is {m.Bounds.Width} wide."));
        AssertApart(motifs.Select(m => m.Bounds).ToList());
        // Big enough to see: the large one at least 5 cm across on A4, the small ones at least 1.4 cm.
        if (page.Width > 590) Assert.True(motifs[0].Bounds.Width >= 5 * 72 / 2.54f, $"The large motif is {motifs[0].Bounds.Width} wide.");
        Assert.All(motifs, m => Assert.True(m.Bounds.Width >= 1.4f * 72 / 2.54f, $"A motif is only {m.Bounds.Width} wide."));
    }

    [Fact]
    public void Given_a_cover_with_a_title_photo_subtitle_and_band_When_decorated_Then_the_motifs_keep_clear_of_them()
    {
        var page = new SKRect(0, 0, PageSize.A4.Width, PageSize.A4.Height);
        SKRect[] clear =
        [
            new(160, 90, 435, 145),   // the title's words
            new(94, 160, 501, 567),   // the photo's frame
            new(246, 590, 350, 612),  // the subtitle's words
            new(0, 806, 596, 842),    // the band along the bottom
        ];

        var motifs = DecorationLayout.CoverMotifs(page, Motif.Dinosaur, Colour, clear);

        Assert.InRange(motifs.Count, 4, 6);
        Assert.True(motifs[0].Bounds.Width >= 0.22f * page.Width, $"The large motif is only {motifs[0].Bounds.Width} wide.");
        Assert.All(motifs, m => Assert.True(page.Contains(m.Bounds)));
        Assert.All(motifs, m => Assert.DoesNotContain(clear, c => c.IntersectsWith(m.Bounds)));
        AssertApart(motifs.Select(m => m.Bounds).ToList());
    }

    [Fact]
    public void Given_the_same_cover_twice_When_decorated_Then_the_motifs_are_the_same()
    {
        var page = new SKRect(0, 0, 420, 595);
        SKRect[] clear = [new(60, 60, 360, 400)];

        Assert.Equal(DecorationLayout.CoverMotifs(page, Motif.Star, Colour, clear), DecorationLayout.CoverMotifs(page, Motif.Star, Colour, clear));
    }

    [Fact]
    public void Given_a_cover_with_no_free_space_When_decorated_Then_there_are_no_motifs()
    {
        var page = new SKRect(0, 0, 420, 595);

        Assert.Empty(DecorationLayout.CoverMotifs(page, Motif.Star, Colour, [new SKRect(10, 10, 410, 585)]));
    }

    [Fact]
    public void Given_a_chapter_heading_with_room_after_its_words_When_decorated_Then_the_motif_sits_after_the_words_inside_the_line()
    {
        var area = new SKRect(56, 80, 539, 120);
        var ink = new SKRect(56, 80, 250, 120);

        var motif = DecorationLayout.SectionMotif(area, Motif.Cat, Colour, ink);

        Assert.NotNull(motif);
        Assert.True(area.Contains(motif.Bounds), $"{motif.Bounds} is outside the heading {area}.");
        Assert.False(motif.Bounds.IntersectsWith(ink));
        Assert.InRange(motif.Bounds.Left - ink.Right, 4, 30);
        Assert.Equal(area.Height, motif.Bounds.Height, 0.01f);
    }

    [Fact]
    public void Given_a_heading_that_fills_its_line_When_decorated_Then_the_motif_goes_above_the_words_if_there_is_room_and_nowhere_if_not()
    {
        var ink = new SKRect(56, 120, 539, 160);

        var above = DecorationLayout.SectionMotif(new SKRect(56, 60, 539, 160), Motif.Fish, Colour, ink);
        var none = DecorationLayout.SectionMotif(new SKRect(56, 120, 539, 160), Motif.Fish, Colour, ink);

        Assert.NotNull(above);
        Assert.True(new SKRect(56, 60, 539, 160).Contains(above.Bounds));
        Assert.True(above.Bounds.Bottom <= ink.Top);
        Assert.Equal(ink.Left, above.Bounds.Left);
        Assert.Null(none);
    }

    [Fact]
    public void Given_a_heading_area_alone_When_decorated_Then_the_motif_sits_at_the_end_of_the_line()
    {
        var area = new SKRect(56, 80, 539, 200);

        var motif = DecorationLayout.SectionMotif(area, Motif.Heart, Colour);

        Assert.NotNull(motif);
        Assert.True(area.Contains(motif.Bounds));
        Assert.Equal(area.Right, motif.Bounds.Right);
        Assert.Equal(72, motif.Bounds.Width, 0.01f);
        Assert.Equal(area.MidY, motif.Bounds.MidY, 0.01f);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(7, true)]
    public void Given_a_page_When_its_corner_is_decorated_Then_a_faint_motif_sits_in_the_bottom_margin_on_the_outer_side(int number, bool right)
    {
        var page = new SKRect(0, 0, PageSize.A4.Width, PageSize.A4.Height);
        const float margin = 56;
        var content = SKRect.Inflate(page, -margin, -margin);

        var motif = DecorationLayout.PageCorner(page, margin, Motif.Owl, Colour, number);

        Assert.True(page.Contains(motif.Bounds));
        Assert.False(motif.Bounds.IntersectsWith(content), $"{motif.Bounds} is in the text column.");
        Assert.True(motif.Bounds.Top >= page.Bottom - margin && motif.Bounds.Bottom <= page.Bottom - margin / 4);
        Assert.Equal(right, motif.Bounds.MidX > page.MidX);
        Assert.Equal(right ? content.Right : content.Left, right ? motif.Bounds.Right : motif.Bounds.Left, 0.01f);
        // Clear of the page number in the middle of the footer.
        Assert.True(Math.Abs(motif.Bounds.MidX - page.MidX) > page.Width / 4);
        Assert.InRange(motif.Opacity, 0.15f, 0.6f);
    }

    /// <summary>No two boxes overlap or touch.</summary>
    private static void AssertApart(IReadOnlyList<SKRect> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(SKRect.Inflate(boxes[i], 1, 1).IntersectsWith(boxes[j]), $"{boxes[i]} and {boxes[j]} overlap.");
    }
}
