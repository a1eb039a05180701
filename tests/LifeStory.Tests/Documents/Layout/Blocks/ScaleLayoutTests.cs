using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using SkiaSharp;
using static LifeStory.Tests.Documents.Layout.Lay;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class ScaleLayoutTests
{
    private static readonly ScaleMark[] Marks =
    [
        new("Maisie", 9), new("Jo", 3), new("Sam", 6), new("Mum", 9), new("Dad", 0), new("Gran", 10),
    ];

    private static ScaleBlock Scale(params ScaleMark[] marks) => new("not safe at all", "completely safe", marks, "How safe do you feel?");

    private static bool IsMarker(ShapeItem s) => Math.Abs(s.Bounds.Width - 12) < 0.01f && Math.Abs(s.Bounds.Height - 12) < 0.01f && s.Stroke == SKColors.White;

    /// <summary>People with the same score share one label: "Maisie and Mum 9".</summary>
    private static IReadOnlyDictionary<int, string> Labels(IEnumerable<ScaleMark> marks) => marks.GroupBy(m => m.Score).ToDictionary(g => g.Key, g =>
    {
        var names = g.Select(m => m.Who).ToList();
        var who = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return $"{who} {g.Key}";
    });

    private static List<LineItem> Connectors(Page page, LaidOutDocument laid) =>
        page.Items.OfType<LineItem>().Where(l => l.Color == laid.Theme.Accent).ToList();

    [Fact]
    public void Given_a_scale_with_six_people_When_laid_out_Then_each_score_has_a_marker_and_a_label_and_both_ends_are_explained()
    {
        var laid = Out([Scale(Marks)]);

        LayoutInvariants.AssertHold(laid);
        var page = Assert.Single(laid.Pages);
        var texts = Flow(laid, page).OfType<TextItem>().Select(t => t.Line.Text).ToList();
        var labels = Labels(Marks);
        Assert.Equal(5, labels.Count);
        Assert.Equal(labels.Count, page.Items.OfType<ShapeItem>().Count(IsMarker));
        Assert.All(labels.Values, label => Assert.Single(texts, t => t == label));
        Assert.Contains("Maisie and Mum 9", texts);
        Assert.Contains("How safe do you feel?", texts);
        Assert.Contains("0 means: not safe at all", texts);
        Assert.Contains("10 means: completely safe", texts);
        Assert.All(Enumerable.Range(0, 11), n => Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture), texts));
    }

    [Fact]
    public void Given_a_scale_When_laid_out_Then_each_label_leads_to_its_marker_on_the_bar_at_a_place_ordered_by_score()
    {
        var laid = Out([Scale(Marks)]);

        var page = Assert.Single(laid.Pages);
        var bar = Assert.Single(page.Items.OfType<ShapeItem>(), s => s.Fill == laid.Theme.AccentSoft && s.Stroke == laid.Theme.Accent);
        var markers = page.Items.OfType<ShapeItem>().Where(IsMarker).ToList();
        var connectors = Connectors(page, laid);
        var texts = Flow(laid, page).OfType<TextItem>().ToList();
        var xs = new Dictionary<int, float>();
        foreach (var (score, text) in Labels(Marks))
        {
            // Label → its connector line (starting under the middle of the label) → the marker the line ends in.
            var label = Assert.Single(texts, t => t.Line.Text == text);
            var line = Assert.Single(connectors, l => Math.Abs(l.Bounds.Top - label.Bounds.Bottom) < 0.01f
                && Math.Abs(l.Bounds.Left - label.Bounds.MidX) < 0.01f);
            var marker = Assert.Single(markers, m => Math.Abs(m.Bounds.MidX - line.Bounds.Right) < 0.01f
                && Math.Abs(m.Bounds.MidY - line.Bounds.Bottom) < 0.01f);
            Approx.Equal(bar.Bounds.MidY, marker.Bounds.MidY, 0.01f);
            Assert.InRange(marker.Bounds.MidX, bar.Bounds.Left, bar.Bounds.Right);
            xs[score] = marker.Bounds.MidX;
        }
        // The place is linear in the score: 0 at the bar's left, 10 at its right.
        var step = (xs[10] - xs[0]) / 10;
        Assert.True(step > 0);
        Assert.All(xs, kv => Approx.Equal(xs[0] + step * kv.Key, kv.Value, 0.1f));
    }

    [Fact]
    public void Given_people_with_the_same_score_When_laid_out_Then_they_share_one_label_and_one_marker()
    {
        var laid = Out([Scale(new("Maisie", 5), new("Mum", 5), new("Jo", 5))]);

        LayoutInvariants.AssertHold(laid);
        var page = laid.Pages.Single();
        var labels = Flow(laid, page).OfType<TextItem>().Where(t => t.Line.Text.EndsWith(" 5", StringComparison.Ordinal)).ToList();
        Assert.Equal("Maisie, Mum and Jo 5", Assert.Single(labels).Line.Text);
        Assert.Single(page.Items.OfType<ShapeItem>(), IsMarker);
    }

    [Theory]
    [InlineData(new[] { 5, 5 }, true)]
    [InlineData(new[] { 9, 10, 9, 9 }, true)]
    [InlineData(new[] { 2, 5, 5, 8 }, true)]
    [InlineData(new[] { 4, 5, 5, 6, 6, 7 }, false)]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, false)]
    public void Given_crowded_scores_When_laid_out_Then_no_connector_line_runs_through_another_label(int[] scores, bool mustBeDrawn)
    {
        string[] names = ["Maisie", "Priya Shah", "Jo Patel", "Sam Patel", "Mum Kelly", "Nan", "Leo", "Miss Lewis", "Dad", "Bev", "Mark Bennett"];
        var laid = Out([Scale(scores.Select((score, i) => new ScaleMark(names[i], score)).ToArray())]);

        LayoutInvariants.AssertHold(laid);
        var page = laid.Pages.Single();
        var labels = Flow(laid, page).OfType<TextItem>().Where(t => Labels(scores.Select((score, i) => new ScaleMark(names[i], score))).Values.Contains(t.Line.Text)).ToList();
        var connectors = Connectors(page, laid);
        // Either the scale is drawn, one connector per label, or (when it cannot be drawn clearly) it falls
        // back to plain lines with no drawing at all. The usual cases must be drawn.
        Assert.Equal(labels.Count, connectors.Count);
        if (mustBeDrawn) Assert.Equal(scores.Distinct().Count(), labels.Count);
        foreach (var line in connectors)
            foreach (var label in labels.Where(l => Math.Abs(l.Bounds.Bottom - line.Bounds.Top) > 0.01f || Math.Abs(l.Bounds.MidX - line.Bounds.Left) > 0.01f))
                Assert.False(Crosses(line, label.InkBounds), $"The connector from ({line.Bounds.Left:0.#}, {line.Bounds.Top:0.#}) to ({line.Bounds.Right:0.#}, {line.Bounds.Bottom:0.#}) runs through '{label.Line.Text}' {label.InkBounds}.");
    }

    /// <summary>Whether a line segment passes through a rectangle, by sampling it finely.</summary>
    private static bool Crosses(LineItem line, SKRect rect)
    {
        for (var t = 0f; t <= 1f; t += 0.005f)
        {
            var x = line.Bounds.Left + (line.Bounds.Right - line.Bounds.Left) * t;
            var y = line.Bounds.Top + (line.Bounds.Bottom - line.Bounds.Top) * t;
            if (x > rect.Left && x < rect.Right && y > rect.Top && y < rect.Bottom) return true;
        }
        return false;
    }
}
