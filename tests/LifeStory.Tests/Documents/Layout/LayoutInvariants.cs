using System.Globalization;
using LifeStory.Documents.Layout;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Layout;

/// <summary>
/// Rules every laid-out document must keep: everything drawn lies in the printable area (the page inside its
/// margins; only the page number may sit in the bottom margin, and cover pages may bleed their background),
/// and no two lines of text overlap. Tolerance is for float rounding only.
/// </summary>
internal static class LayoutInvariants
{
    private const float Tolerance = 0.01f;

    public static void AssertHold(LaidOutDocument document)
    {
        Assert.NotEmpty(document.Pages);
        var problems = document.Pages.SelectMany(page => Check(document, page)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    /// <summary>The page number: the last item, a line of text lying wholly in the bottom margin.</summary>
    public static bool IsFooter(LaidOutDocument document, Page page, PageItem item)
    {
        var theme = document.Theme;
        return ReferenceEquals(item, page.Items[^1]) && item is TextItem
            && item.Bounds.Top >= theme.Page.Height - theme.Margin - Tolerance && item.Bounds.Bottom <= theme.Page.Height + Tolerance;
    }

    private static IEnumerable<string> Check(LaidOutDocument document, Page page)
    {
        var theme = document.Theme;
        var (w, h, m) = (theme.Page.Width, theme.Page.Height, theme.Margin);
        var printable = new SKRect(m, m, w - m, h - m);
        var footerBand = new SKRect(m, h - m, w - m, h);
        var cover = page.Items.OfType<ShapeItem>().Any(s => CoversPage(s.Bounds, w, h));

        foreach (var item in page.Items)
        {
            var (box, area) = item switch
            {
                TextItem text => (text.InkBounds, IsFooter(document, page, item) ? footerBand : printable),
                _ => (item.Bounds, printable),
            };
            if (item is ShapeItem && cover && Bleeds(item.Bounds, w, h)) continue;
            // Page furniture (backgrounds, bands, running headers) may use the margins, but never leave the page.
            if (item is FurnitureItem)
            {
                if (!Inside(item.Bounds, new SKRect(0, 0, w, h)))
                    yield return $"Page {page.Number}: furniture {Describe(item)} at {Show(item.Bounds)} is off the page.";
                continue;
            }
            if (!Inside(box, area))
                yield return $"Page {page.Number}: {Describe(item)} at {Show(box)} is outside {Show(area)}.";
        }

        var lines = page.Items.OfType<TextItem>().ToList();
        for (var i = 0; i < lines.Count; i++)
            for (var j = i + 1; j < lines.Count; j++)
            {
                var (a, b) = (lines[i], lines[j]);
                var across = Math.Min(a.InkBounds.Right, b.InkBounds.Right) - Math.Max(a.InkBounds.Left, b.InkBounds.Left);
                var down = Math.Min(a.Bounds.Bottom, b.Bounds.Bottom) - Math.Max(a.Bounds.Top, b.Bounds.Top);
                if (across > Tolerance && down > Tolerance)
                    yield return $"Page {page.Number}: '{a.Line.Text}' {Show(a.Bounds)} overlaps '{b.Line.Text}' {Show(b.Bounds)}.";
            }
    }

    private static bool CoversPage(SKRect r, float w, float h) => r.Left <= 0 && r.Top <= 0 && r.Right >= w && r.Bottom >= h;

    /// <summary>A full-width band running off the page edge: a cover's decoration, printed to the edge on purpose.</summary>
    private static bool Bleeds(SKRect r, float w, float h) => r.Left <= 0 && r.Right >= w && (r.Top <= 0 || r.Bottom >= h);

    private static bool Inside(SKRect box, SKRect area) =>
        box.Left >= area.Left - Tolerance && box.Top >= area.Top - Tolerance
        && box.Right <= area.Right + Tolerance && box.Bottom <= area.Bottom + Tolerance;

    private static string Describe(PageItem item) => item switch
    {
        TextItem t => $"text '{t.Line.Text}'",
        PictureItem p => $"picture '{p.Source}'",
        _ => item.GetType().Name,
    };

    private static string Show(SKRect r) => string.Create(CultureInfo.InvariantCulture, $"({r.Left:0.##}, {r.Top:0.##}, {r.Right:0.##}, {r.Bottom:0.##})");
}
