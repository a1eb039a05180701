using System.Globalization;
using LifeStory.Documents.Layout.Blocks;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Lays a document out in two steps: measure every block into unbreakable flow boxes at the column width,
/// then place the boxes on pages. Footers are added last, when the number of pages is known, so
/// "page 2 of 3" needs no second measuring pass. Layout is pure: the same input gives the same pages.
/// </summary>
public static class LayoutEngine
{
    /// <param name="bilingual">For a document in two languages: which block is in which, and how they share the pages.</param>
    public static LaidOutDocument Layout(Document document, Theme theme, FontLibrary fonts, IPictureSource pictures, BilingualLayout? bilingual = null)
    {
        if (bilingual is not null && bilingual.Sides.Count != document.Blocks.Count)
            throw new ArgumentException($"A bilingual layout names {bilingual.Sides.Count} blocks' languages for {document.Blocks.Count} blocks.", nameof(bilingual));
        var sections = SectionScan.Sections(document.Blocks);
        var rightToLeft = document.Info.RightToLeft;
        var first = LayoutPass(document, new LayoutContext(theme, fonts, pictures) { Sections = sections, RightToLeft = rightToLeft }, bilingual);
        if (!SectionScan.HasContents(document.Blocks)) return first;
        // A contents page needs each chapter's page: the first pass found them; the second writes them in.
        var pages = first.Pages
            .SelectMany(p => p.Items.OfType<AnchorItem>().Select(a => (a.Name, p.Number)))
            .GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First().Number);
        return LayoutPass(document, new LayoutContext(theme, fonts, pictures) { Sections = sections, SectionPages = pages, RightToLeft = rightToLeft }, bilingual);
    }

    private static LaidOutDocument LayoutPass(Document document, LayoutContext context, BilingualLayout? bilingual)
    {
        var theme = context.Theme;
        var rightToLeftParts = !context.RightToLeft && bilingual is { OtherRightToLeft: true } ? bilingual.Sides : null;
        var laid = document.Blocks.Select((block, i) => (rightToLeftParts?[i].Other == true
            ? RightToLeftPart.Layout(block, context, context.ContentWidth)
            : BlockLayout.Layout(block, context, context.ContentWidth)).ToList()).ToList();
        var boxes = KeepRules.Apply(document.Blocks, laid);

        // "On a right-hand page" means on a recto, an odd page: in a right-to-left book, bound on the right, the
        // recto lies on the left of the spread, so the same odd pages are right for both.
        var placed = bilingual is { FacingPages: true }
            ? FacingPages.Arrange(boxes, bilingual.Sides, theme.Margin, theme.Margin, context.ContentWidth, context.ContentHeight)
            : Paginator.Paginate(boxes, theme.Margin, theme.Margin, context.ContentWidth, context.ContentHeight, theme.SectionsOnRightHandPage);
        var pages = new List<Page>(placed.Count);
        // The same on every page, so shaped once: items are immutable and placed in page coordinates.
        var watermark = document.Info.Watermark is { } words ? Watermark.For(words, context).ToList() : null;
        for (var i = 0; i < placed.Count; i++)
        {
            var items = placed[i].Items;
            if (watermark is not null) items.AddRange(watermark);
            if (!placed[i].NoPageNumber)
            {
                if (theme.TopBand) items.Insert(0, new FurnitureItem(new ShapeItem(new SKRect(0, 0, theme.Page.Width, 8), theme.Accent)));
                // A draft's banner takes the running header's place at the top of the page until it is checked.
                if (theme.RunningHeader && i > 0 && watermark is null) items.Add(new FurnitureItem(Header(context, document.Info.Title)));
                items.Add(Footer(context, i + 1, placed.Count));
            }
            var page = new Page(i + 1, items) { Kind = placed[i].Kind, Flow = placed[i].Slices };
            pages.Add(context.RightToLeft ? PageMirror.Mirror(page, theme.Page.Width) : page);
        }
        return new LaidOutDocument(document.Info, theme, pages, context.Problems.Distinct().ToList());
    }

    private static TextItem Header(LayoutContext context, string title)
    {
        var theme = context.Theme;
        var style = new ParagraphStyle(FontRole.Body, theme.FooterSize, theme.Accent, 1.2f, TextAlign.End);
        var line = context.Break([new Inline(title)], style, context.ContentWidth)[0];
        var top = theme.Margin / 2 - line.Height / 2;
        return new TextItem(new SKRect(theme.Margin, top, theme.Margin + context.ContentWidth, top + line.Height), line);
    }

    private static TextItem Footer(LayoutContext context, int number, int total)
    {
        var theme = context.Theme;
        // A right-to-left page has no English words in its furniture: "2 / 5" reads "2 of 5" from the right.
        var text = !theme.ShowPageTotal ? number.ToString(CultureInfo.InvariantCulture)
            : context.RightToLeft ? string.Create(CultureInfo.InvariantCulture, $"{number} / {total}")
            : string.Create(CultureInfo.InvariantCulture, $"Page {number} of {total}");
        var style = new ParagraphStyle(FontRole.Body, theme.FooterSize, theme.Accent, 1.2f, TextAlign.Center);
        var line = context.Break([new Inline(text)], style, context.ContentWidth)[0];
        // The footer sits in the middle of the bottom margin, outside the flow's content area.
        var top = theme.Page.Height - theme.Margin / 2 - line.Height / 2;
        return new TextItem(new SKRect(theme.Margin, top, theme.Margin + context.ContentWidth, top + line.Height), line);
    }
}
