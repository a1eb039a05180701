using System.Globalization;
using LifeStory.Documents.Layout;

namespace LifeStory.Tests.Pages;

/// <summary>
/// What a reader would call a badly broken page, checked on laid-out pages from the roles layout records for each
/// piece of the flow: nothing stranded (a heading ending a page, a picture parted from the words that lead to
/// it, a drawing from its words, a chapter's last entry or a letter's sign-off alone on a page), and no page
/// that is nearly empty unless it is there by design (the cover, an opener for the youngest, a duplex blank).
/// A rule about keeping two pieces together applies where they fit on one page together.
/// </summary>
internal static class PageRules
{
    /// <summary>Room between two pieces kept together: a generous paragraph or heading space.</summary>
    private const float Gap = 40f;

    public static IEnumerable<string> Stranded(LaidOutDocument document)
    {
        var height = document.Theme.Page.Height - 2 * document.Theme.Margin;
        var flow = document.Pages.SelectMany(p => p.Flow.Select(s => (Page: p.Number, Slice: s))).ToList();
        bool Fits(params FlowSlice[] slices) => slices.Sum(s => s.Bottom - s.Top) + Gap * (slices.Length - 1) <= height;

        foreach (var page in document.Pages.Where(p => p.Flow.Count > 0 && p.Number < document.Pages.Count))
            if (page.Flow[^1].Role == FlowRole.Heading)
                yield return $"page {page.Number} ends with a heading";

        for (var i = 1; i < flow.Count; i++)
        {
            var (before, here) = (flow[i - 1], flow[i]);
            if (before.Page == here.Page || before.Slice.Run != here.Slice.Run) continue;
            // A drawing's words belong to the drawing above them, not to the picture after them.
            var wordsOfDrawing = flow.Take(i).LastOrDefault(f => f.Slice.Block != before.Slice.Block).Slice?.Role == FlowRole.Drawing;
            if (here.Slice.Role is FlowRole.Picture or FlowRole.Drawing && before.Slice.Role is FlowRole.Text or FlowRole.Heading
                && !wordsOfDrawing && Fits(before.Slice, here.Slice))
                yield return $"the picture at the top of page {here.Page} is parted from the words before it";
            if (before.Slice.Role == FlowRole.Drawing && here.Slice.Role == FlowRole.Text && here.Slice.Block == before.Slice.Block + 1
                && Fits(before.Slice, here.Slice))
                yield return $"the drawing on page {before.Page} is parted from its words on page {here.Page}";
        }

        foreach (var run in flow.GroupBy(f => f.Slice.Run))
        {
            var last = run.Last().Slice.Block;
            if (run.All(f => f.Slice.Block == last)) continue;
            var start = run.First(f => f.Slice.Block == last);
            var previous = run.Last(f => f.Slice.Block != last);
            // A picture kept with the words before it comes first: the rule holds where all three fit on a page.
            var lead = run.LastOrDefault(f => f.Slice.Block < previous.Slice.Block);
            var group = previous.Slice.Role is FlowRole.Picture or FlowRole.Drawing && lead.Slice is { Role: FlowRole.Text } && lead.Page == previous.Page
                ? new[] { lead.Slice, previous.Slice, start.Slice } : [previous.Slice, start.Slice];
            if (previous.Page != start.Page && Fits(group))
                yield return $"the last part of a chapter sits alone on page {start.Page} ({start.Slice.Role}, after {previous.Slice.Role} on page {previous.Page})";
        }

        var closing = flow.FindIndex(f => f.Slice.Role == FlowRole.Closing);
        if (closing > 0 && flow[closing - 1].Page != flow[closing].Page && Fits(flow[closing - 1].Slice, flow[closing].Slice))
            yield return $"the sign-off on page {flow[closing].Page} is parted from the paragraph before it";
    }

    /// <summary>How full each page of the flow is (from the top of its content area to its lowest piece); pages there by design are left out.</summary>
    public static IEnumerable<(int Page, float Fill)> Fills(LaidOutDocument document)
    {
        var top = document.Theme.Margin;
        var height = document.Theme.Page.Height - 2 * top;
        return document.Pages.Where(p => p.Kind == PageKind.Flow)
            .Select(p => (p.Number, p.Flow.Count == 0 ? 0f : (p.Flow.Max(s => s.Bottom) - top) / height));
    }

    public static string Percent(float fill) => fill.ToString("0%", CultureInfo.InvariantCulture);
}
