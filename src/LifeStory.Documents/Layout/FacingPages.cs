namespace LifeStory.Documents.Layout;

/// <summary>
/// Lays out a bilingual book so each part's two languages face each other: the English on a left-hand (even) page
/// and the other language on the right-hand (odd) page beside it, page for page, the shorter side of a part made
/// up with blank pages so the next part's pair faces too. The front matter (the cover and contents, before the
/// first heading) is English at the front and the other language's at the back, last page first, so the other
/// language's cover is the back cover. Why English on the left even for Arabic: the booklet is bound as an English
/// book, and in a spread an English reader starts at the left page while an Arabic reader's eye starts at the right
/// one; so each reader's own page is the first one they read, and the child and the carer read the same spread
/// together. Every added page is a blank one marked <see cref="PageKind.Blank"/>, with no page number.
/// </summary>
internal static class FacingPages
{
    public static List<Paginator.PlacedPage> Arrange(IReadOnlyList<FlowBox> boxes, IReadOnlyList<BlockSide> sides,
        float left, float top, float contentWidth, float contentHeight)
    {
        // Each language of each part is paginated on its own, so each starts on a page of its own.
        var groups = new Dictionary<BlockSide, List<Paginator.PlacedPage>>();
        var runs = 0;
        foreach (var group in boxes.GroupBy(box => sides[box.Block]))
        {
            var placed = Paginator.Paginate([.. group], left, top, contentWidth, contentHeight);
            // Each group is a run of its own (as a chapter after a page break is): rules about what a run keeps
            // together on a page never join the end of one language's part to the next.
            var first = runs;
            foreach (var page in placed)
                for (var i = 0; i < page.Slices.Count; i++)
                {
                    page.Slices[i] = page.Slices[i] with { Run = page.Slices[i].Run + first };
                    runs = Math.Max(runs, page.Slices[i].Run + 1);
                }
            groups[group.Key] = placed;
        }
        List<Paginator.PlacedPage> PagesOf(int part, bool other) => groups.GetValueOrDefault(new BlockSide(part, other)) ?? [];

        var pages = new List<Paginator.PlacedPage>(PagesOf(0, false));
        // The first pair starts on a left-hand page: page 1 is a right-hand page on its own (the front cover).
        if (pages.Count % 2 == 0) pages.Add(Blank());
        var parts = sides.Count == 0 ? 0 : sides.Max(s => s.Part);
        for (var part = 1; part <= parts; part++)
        {
            var english = PagesOf(part, false);
            var other = PagesOf(part, true);
            for (var i = 0; i < Math.Max(english.Count, other.Count); i++)
            {
                pages.Add(i < english.Count ? english[i] : Blank());
                pages.Add(i < other.Count ? other[i] : Blank());
            }
        }
        var back = PagesOf(0, true);
        for (var i = back.Count - 1; i >= 0; i--) pages.Add(back[i]);
        return pages;
    }

    private static Paginator.PlacedPage Blank() => new([], true, PageKind.Blank, []);
}
