using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class TimelineLayoutTests
{
    private static readonly TimelineEntry[] Entries =
    [
        new("June 2019", "born"), new("2020", "first steps"), new("2021", "moved house"),
        new("2022", "nursery"), new("2023", "school"), new("2024", "swimming"),
    ];

    private static bool IsDot(ShapeItem s, SKColor accent) =>
        s.Fill == SKColors.White && s.Stroke == accent && Math.Abs(s.Bounds.Width - 14) < 0.01f && Math.Abs(s.Bounds.Height - 14) < 0.01f;

    [Fact]
    public void Given_six_moments_When_laid_out_Then_they_make_two_strips_of_four_and_two()
    {
        var laid = Out([new TimelineBlock(Entries)]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        var strips = page.Items.OfType<LineItem>().Where(l => l.Width == 3).OrderBy(l => l.Bounds.Top).ToList();
        Assert.Equal(2, strips.Count);
        Assert.True(strips[1].Bounds.Top > strips[0].Bounds.Top);
        var dots = page.Items.OfType<ShapeItem>().Where(s => IsDot(s, laid.Theme.Accent)).ToList();
        Assert.Equal(6, dots.Count);
        var rows = dots.GroupBy(d => MathF.Round(d.Bounds.MidY, 2)).OrderBy(g => g.Key).ToList();
        Assert.Equal([4, 2], rows.Select(r => r.Count()));
        Approx.Equal(strips[0].Bounds.Top, rows[0].Key, 0.1f);
        Approx.Equal(strips[1].Bounds.Top, rows[1].Key, 0.1f);
        // The last strip's line ends at its last moment; the first runs on to the edge.
        Approx.Equal(rows[1].Max(d => d.Bounds.MidX), strips[1].Bounds.Right, 0.1f);
        Assert.True(strips[0].Bounds.Right > rows[0].Max(d => d.Bounds.MidX) + 1);
    }

    [Fact]
    public void Given_six_moments_When_laid_out_Then_each_date_sits_above_its_dot_and_its_words_below()
    {
        var laid = Out([new TimelineBlock(Entries)]);

        var page = laid.Pages.Single();
        var texts = Flow(laid, page).OfType<TextItem>().ToList();
        var dots = page.Items.OfType<ShapeItem>().Where(s => IsDot(s, laid.Theme.Accent)).ToList();
        foreach (var entry in Entries)
        {
            var date = Assert.Single(texts, t => t.Line.Text == entry.When);
            var what = Assert.Single(texts, t => t.Line.Text == entry.What);
            // Its dot: the nearest one under the date, in the date's column.
            var dot = dots.Where(d => d.Bounds.MidX > date.Bounds.Left && d.Bounds.MidX < date.Bounds.Right && d.Bounds.Top >= date.Bounds.Bottom)
                .OrderBy(d => d.Bounds.Top).First();
            Assert.True(dot.Bounds.Top - date.Bounds.Bottom < 20, $"'{entry.When}' is far above its dot.");
            Assert.True(what.Bounds.Top >= dot.Bounds.Bottom, $"'{entry.What}' is not under its dot.");
            Approx.Equal(dot.Bounds.MidX, (what.InkBounds.Left + what.InkBounds.Right) / 2, 0.5f);
            Approx.Equal(dot.Bounds.MidX, (date.InkBounds.Left + date.InkBounds.Right) / 2, 0.5f);
        }
    }
}
