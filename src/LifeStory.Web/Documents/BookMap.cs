using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;

namespace LifeStory.Web.Documents;

/// <summary>
/// Where things are in one reader's version of a laid-out book: the page each chapter heading starts on and the
/// cover's page, and the first page each picture is printed on, so an edit page can show the page holding what is
/// being edited without drawing the others.
/// </summary>
public sealed record BookMap(IReadOnlyList<(string Heading, int Page)> Headings, int? CoverPage, int PageCount, bool Draft,
    IReadOnlyDictionary<string, int> Pictures)
{
    /// <summary>The page holding <paramref name="spot"/>, or null when this reader's version does not print it.</summary>
    public int? Find(PreviewSpot spot)
    {
        if (spot.Picture is { } file) return Pictures.TryGetValue(file, out var printed) ? printed : null;
        if (spot.Heading is { } heading)
            foreach (var (text, page) in Headings)
                if (string.Equals(text.Trim(), heading.Trim(), StringComparison.Ordinal)) return page;
        if (spot.Heading is not null && !spot.OrCover) return null;
        return CoverPage ?? (PageCount > 0 ? 1 : null);
    }

    /// <summary>
    /// Reads the map off the layout: each page lists the top-level blocks placed on it (its flow), so a chapter
    /// heading's block index leads to its page, whatever the templates put before it.
    /// </summary>
    public static BookMap Of(LaidOutDocument pages, string markdown)
    {
        var blocks = MarkdownReader.Read(markdown, pages.Info).Blocks;
        var headings = new List<(string, int)>();
        foreach (var page in pages.Pages)
            foreach (var slice in page.Flow)
                if (slice.Block >= 0 && slice.Block < blocks.Count && blocks[slice.Block] is HeadingBlock { Level: 1 } heading
                    && !headings.Any(h => h.Item2 == page.Number && h.Item1 == Text(heading)))
                    headings.Add((Text(heading), page.Number));
        var cover = pages.Pages.FirstOrDefault(p => p.Kind == PageKind.Cover)?.Number;
        // A picture's source is its file exactly as case.yaml names it (templates write it between angle brackets).
        var pictures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages.Pages)
            foreach (var picture in DrawnItems.On(page).OfType<PictureItem>())
                pictures.TryAdd(picture.Source, page.Number);
        return new BookMap(headings, cover, pages.Pages.Count, pages.Info.Watermark is not null, pictures);
    }

    private static string Text(HeadingBlock heading) => string.Concat(heading.Inlines.Select(i => i.Text));
}
