using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// "DRAFT — not yet checked" on every page: a line in the top margin anyone reading notices, and a faint word
/// across the page that survives photocopying and cropping. Both are page furniture, outside the flow.
/// </summary>
internal static class Watermark
{
    /// <summary>The smallest the top line is set, against the footer's size: still readable in print.</summary>
    private const float MinimumScale = 0.8f;

    public static IEnumerable<PageItem> For(string words, LayoutContext context)
    {
        var theme = context.Theme;
        var ink = new SKColor(0xC6, 0x28, 0x28);
        // Every word of the mark is printed: a long one (a draft in two languages, a translation not yet checked) is set
        // smaller until it fits on one line, and at the smallest size it may take more lines, never fewer words.
        IReadOnlyList<TextLine> banner = [];
        for (var scale = 1.1f; scale >= MinimumScale; scale -= 0.05f)
        {
            banner = context.Break([new Inline(words)], new ParagraphStyle(FontRole.Heading, theme.FooterSize * scale, ink, 1.2f, TextAlign.Center), context.ContentWidth);
            if (banner.Count == 1) break;
        }
        var height = banner.Sum(l => l.Height);
        var top = Math.Max(10f, theme.Margin / 2 - height / 2);
        foreach (var bannerLine in banner)
        {
            yield return new FurnitureItem(new TextItem(new SKRect(theme.Margin, top, theme.Margin + context.ContentWidth, top + bannerLine.Height), bannerLine));
            top += bannerLine.Height;
        }

        var word = words.Split([' ', '—', '-'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? words;
        var size = Math.Min(theme.Page.Width, theme.Page.Height) / 4.5f;
        var bigStyle = new ParagraphStyle(FontRole.Heading, size, ink.WithAlpha(38), 1f, TextAlign.Center);
        var diagonal = (float)Math.Sqrt(theme.Page.Width * theme.Page.Width + theme.Page.Height * theme.Page.Height);
        var big = context.Break([new Inline(word)], bigStyle, diagonal)[0];
        var width = Math.Min(diagonal, big.Width + 20);
        var line = new TextItem(new SKRect(-width / 2, -big.Height / 2, width / 2, big.Height / 2), big);
        var centre = new SKPoint(theme.Page.Width / 2, theme.Page.Height / 2);
        var degrees = (float)(-Math.Atan2(theme.Page.Height, theme.Page.Width) * 180 / Math.PI);
        yield return new FurnitureItem(new RotatedItem(new SKRect(centre.X, centre.Y, centre.X, centre.Y), degrees, [line]));
    }
}
