using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout;

public sealed class ListMarkerTests
{
    [Fact]
    public void Given_an_ordered_list_starting_at_3_When_laid_out_Then_markers_count_from_3()
    {
        var laid = Out([new ListBlock([[Paragraph("a")], [Paragraph("b")], [Paragraph("c")]], Ordered: true, Start: 3)]);

        Assert.Equal(["3.", "4.", "5."], Markers(laid));
    }

    [Fact]
    public void Given_an_ordered_list_reaching_three_digits_When_laid_out_Then_each_marker_is_whole_and_clear_of_its_text()
    {
        var items = Enumerable.Range(0, 4).Select(i => (IReadOnlyList<Block>)[Paragraph($"Item {i}")]).ToList();

        var laid = Out([new ListBlock(items, Ordered: true, Start: 98)]);

        LayoutInvariants.AssertHold(laid);
        Assert.Equal(["98.", "99.", "100.", "101."], Markers(laid));
        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        for (var i = 0; i < 4; i++)
        {
            var marker = texts.Single(t => t.Line.Text == $"{98 + i}.");
            var text = texts.Single(t => t.Line.Text == $"Item {i}");
            Assert.True(marker.InkBounds.Right < text.InkBounds.Left, $"Marker {marker.Line.Text} runs into its text.");
        }
    }

    [Fact]
    public void Given_a_bulleted_list_When_laid_out_Then_each_item_has_a_bullet_on_its_first_line_baseline()
    {
        var laid = Out([new ListBlock([[Paragraph("first")], [Paragraph("second")]])]);

        var texts = laid.Pages[0].Items.OfType<TextItem>().ToList();
        foreach (var name in new[] { "first", "second" })
        {
            var item = texts.Single(t => t.Line.Text == name);
            var bullet = texts.Single(t => t.Line.Text == "•" && Math.Abs(t.Bounds.Top + t.Line.Baseline - (item.Bounds.Top + item.Line.Baseline)) < 0.01f);
            Assert.True(bullet.InkBounds.Right <= item.InkBounds.Left);
        }
    }

    private static List<string> Markers(LaidOutDocument laid) =>
        laid.Pages.SelectMany(p => Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text).Where(t => t.EndsWith('.') && char.IsDigit(t[0])).ToList();
}
