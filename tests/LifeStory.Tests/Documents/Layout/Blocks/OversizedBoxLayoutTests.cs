using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class OversizedBoxLayoutTests
{
    private static string Words(string word, int count) => string.Join(" ", Enumerable.Repeat(word, count));

    [Fact]
    public void Given_a_cover_with_an_enormous_title_When_laid_out_Then_it_is_drawn_smaller_on_one_page_and_nothing_spills()
    {
        var laid = Out([new CoverBlock(Words("Enormous", 300), "All about me"), Paragraph("After the cover.")]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(2, laid.Pages.Count);
        var group = Assert.Single(laid.Pages[0].Items.OfType<ScaledItem>());
        var theme = laid.Theme;
        Assert.InRange(group.Scale, 0.01f, 0.999f);
        // The scaled content fits its group, and the group fits the printable area.
        var content = group.Items.Where(i => i is not FurnitureItem).ToList();
        Assert.Contains(content, i => i is TextItem t && t.Line.Text.Contains("Enormous", StringComparison.Ordinal));
        Assert.Contains(content, i => i is TextItem t && t.Line.Text == "All about me");
        Assert.True(content.Max(i => i.Bounds.Bottom) * group.Scale <= group.Bounds.Height + 0.01f);
        Assert.True(content.Max(i => i.Bounds.Right) * group.Scale <= group.Bounds.Width + 0.01f);
        Assert.True(content.Min(i => i.Bounds.Left) >= -0.01f && content.Min(i => i.Bounds.Top) >= -0.01f);
        Assert.True(group.Bounds.Height <= theme.Page.Height - 2 * theme.Margin + 0.01f);
        Assert.Contains(Flow(laid, laid.Pages[1]).OfType<TextItem>(), t => t.Line.Text == "After the cover.");
    }

    [Fact]
    public void Given_a_scale_with_two_hundred_people_When_laid_out_Then_it_falls_back_to_lines_and_every_person_is_listed()
    {
        var marks = Enumerable.Range(1, 200).Select(i => new ScaleMark("Person " + i.ToString(CultureInfo.InvariantCulture), i % 11)).ToList();

        var laid = Out([new ScaleBlock("bad", "good", marks, "How is it going?")]);

        LayoutInvariants.AssertHold(laid);
        Assert.True(laid.Pages.Count > 1);
        var items = laid.Pages.SelectMany(p => p.Items).ToList();
        Assert.DoesNotContain(items, i => i is ScaledItem);
        Assert.DoesNotContain(items.OfType<ShapeItem>(), s => s.Fill == laid.Theme.AccentSoft);
        var texts = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text).ToList();
        Assert.Equal("How is it going?", texts[0]);
        Assert.Equal("0 means: bad. 10 means: good.", texts[1]);
        Assert.Equal(marks.Select(m => $"{m.Who}: {m.Score}"), texts.Skip(2));
    }

    [Fact]
    public void Given_a_contents_line_for_a_chapter_title_taller_than_a_page_When_laid_out_Then_it_is_scaled_to_fit_and_nothing_spills()
    {
        var title = Words("chapter", 1500);

        var laid = Out([new ContentsBlock(), Heading(1, title), Paragraph("Words.")]);

        LayoutInvariants.AssertHold(laid);
        var scaled = laid.Pages.SelectMany(p => p.Items).OfType<ScaledItem>().ToList();
        var group = Assert.Single(scaled);
        Assert.True(group.Scale < 1);
        Assert.Contains(group.Items, i => i is LinkItem);
        var theme = laid.Theme;
        Assert.True(group.Items.Max(i => i.Bounds.Bottom) * group.Scale <= theme.Page.Height - 2 * theme.Margin + 0.01f);
    }

    [Fact]
    public void Given_a_timeline_moment_with_a_very_long_story_When_laid_out_Then_that_strip_falls_back_to_lines()
    {
        var laid = Out([new TimelineBlock([new TimelineEntry("2019", Sentences(60)), new TimelineEntry("2020", "moved house")])]);

        LayoutInvariants.AssertHold(laid);
        Assert.DoesNotContain(laid.Pages.SelectMany(p => p.Items), i => i is ScaledItem);
        var texts = laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text).ToList();
        Assert.StartsWith("2019: On day 0", texts[0], StringComparison.Ordinal);
        Assert.Contains("2020: moved house", texts);
    }
}
