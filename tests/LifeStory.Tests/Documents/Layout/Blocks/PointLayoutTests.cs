using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

/// <summary>An easy-read point: a square picture in a narrow column on the left, its words on the right.</summary>
public sealed class PointLayoutTests
{
    private static BesideBlock Point(Motif motif, params string[] lines) =>
        new(null, lines.Select(l => (Block)Paragraph(l)).ToList()) { Motif = motif, PictureShare = 0.2f, Point = true };

    [Fact]
    public void Given_a_point_with_one_short_line_When_laid_out_Then_the_drawing_is_a_fifth_of_the_column_and_the_line_sits_level_with_its_middle()
    {
        var laid = Out([Point(Motif.Calendar, "The next meeting is on 9 March.")], Theme.EasyRead);

        LayoutInvariants.AssertHold(laid);
        var page = laid.Pages[0];
        var drawing = Assert.Single(page.Items.OfType<MotifItem>());
        var column = page.Items.OfType<TextItem>().Where(t => t.Line.Text.StartsWith("The next", StringComparison.Ordinal)).Single();
        var width = Theme.EasyRead.Page.Width - 2 * Theme.EasyRead.Margin;
        Assert.Equal(Motif.Calendar, drawing.Motif);
        Approx.Equal(width * 0.2f, drawing.Bounds.Width, 0.5f);
        Approx.Equal(drawing.Bounds.Width, drawing.Bounds.Height, 0.01f);
        Assert.True(column.Bounds.Left >= drawing.Bounds.Right + 15, $"The words start at {column.Bounds.Left}, on the drawing ending at {drawing.Bounds.Right}.");
        Approx.Equal(drawing.Bounds.MidY, column.Bounds.MidY, 1f);
    }

    [Fact]
    public void Given_a_point_with_more_lines_than_its_drawing_is_tall_When_laid_out_Then_the_words_start_at_its_top_and_run_on_below_it()
    {
        var laid = Out([Point(Motif.Plan, Sentences(2), Sentences(2, 3), Sentences(2, 6))], Theme.EasyRead);

        LayoutInvariants.AssertHold(laid);
        var flow = Flow(laid, laid.Pages[0]);
        var drawing = Assert.Single(flow.OfType<MotifItem>());
        var lines = flow.OfType<TextItem>().ToList();
        Approx.Equal(drawing.Bounds.Top, lines.Min(l => l.Bounds.Top), 1f);
        Assert.True(lines.Max(l => l.Bounds.Bottom) > drawing.Bounds.Bottom);
        Assert.All(lines, l => Assert.True(l.Bounds.Left >= drawing.Bounds.Right + 15));
    }
}
