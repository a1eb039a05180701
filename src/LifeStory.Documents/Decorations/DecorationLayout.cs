using LifeStory.Documents.Layout;
using SkiaSharp;

namespace LifeStory.Documents.Decorations;

/// <summary>
/// Where the child's motif goes: a large one and a few small ones on the cover, a small one beside each chapter's
/// heading, and a faint one in the bottom corner of a page. Every function is pure and deterministic (fixed
/// tables, no random numbers): the same page gives the same decorations, so the PDF's bytes stay the same.
/// Nothing here is wired into layout yet; these are ready to call. All rectangles are in one coordinate space
/// of the caller's choosing (points), and every motif returned lies inside the area it was given.
/// <para>
/// The cover (in <c>CoverLayout</c>, whose items are relative to the content area's top-left, so the page is
/// <c>new SKRect(-margin, -margin, page.Width - margin, page.Height - margin)</c>): lay out the title, photo and
/// subtitle first (after <c>FitToPage</c>: if it drew them smaller, keep the scaled group's bounds clear), then pass
/// what must stay clear, and wrap the motifs as furniture, since they may sit in the margins. Insert them just
/// after the two background shapes, so they are drawn on the background:
/// <code>
/// var clear = new List&lt;SKRect&gt; { titleLine.InkBounds, photoFrame, subtitleLine.InkBounds, band };
/// items.InsertRange(2, DecorationLayout.CoverMotifs(pageRect, motif, colour, clear).Select(m =&gt; new FurnitureItem(m)));
/// </code>
/// A chapter heading (level 1): give the heading's line box and, if known, the box its words cover
/// (<see cref="TextItem.InkBounds"/>); the motif goes just after the words, or at the end of the line:
/// <code>
/// if (DecorationLayout.SectionMotif(line.Bounds, motif, colour, line.InkBounds) is { } beside) items.Add(beside);
/// </code>
/// A page corner (in <c>LayoutEngine</c>, where pages are in page coordinates), on pages that have a number:
/// <code>
/// items.Insert(0, new FurnitureItem(DecorationLayout.PageCorner(new SKRect(0, 0, page.Width, page.Height), theme.Margin, motif, colour, number)));
/// </code>
/// <see cref="MotifGallery.Preview"/> makes all three calls on a laid-out sample book, as a working example.
/// </para>
/// </summary>
public static class DecorationLayout
{
    /// <summary>The large cover motif's side as fractions of the page's shorter side, tried largest first.</summary>
    private static readonly float[] LargeSizes = [0.34f, 0.3f, 0.26f, 0.22f, 0.18f];

    /// <summary>Where the small cover motifs would like to be (fractions of the page), their sizes (fractions of the small side) and turns.</summary>
    private static readonly (float X, float Y, float Size, float Rotation)[] SmallSlots =
    [
        (0, 0, 1f, -12), (1, 0, 0.85f, 10), (0, 1, 0.9f, 8), (1, 0.5f, 0.8f, -10), (0, 0.5f, 0.95f, 14), (1, 1, 0.85f, -6),
    ];

    private const float SmallSize = 0.1f, MinSmall = 1.8f * 72 / 2.54f, LargeRotation = -6;
    private const int MaxSmall = 5;

    /// <summary>
    /// The cover's decorations: one large motif, as near the bottom right corner as it fits, then up to five small
    /// ones (usually three to five) near the other corners and sides, each turned a little. Motifs keep clear of
    /// each other, of every rectangle in <paramref name="keepClear"/> (the title, the photo, the subtitle, a band:
    /// for text, pass the box its words cover, <see cref="TextItem.InkBounds"/>, not its line across the column)
    /// and of the page's edge (by 4% of its shorter side, so nothing is trimmed off). A motif with no room is left
    /// out rather than squeezed in: a crowded cover may get fewer, an empty one always gets all six.
    /// </summary>
    public static IReadOnlyList<MotifItem> CoverMotifs(SKRect page, Motif motif, SKColor colour, IReadOnlyList<SKRect>? keepClear = null)
    {
        var inset = Math.Min(page.Width, page.Height) * 0.04f;
        var safe = SKRect.Inflate(page, -inset, -inset);
        var blocked = new List<SKRect>(keepClear ?? []);
        var items = new List<MotifItem>();
        // Small ones are a tenth of the page's shorter side, but never much under 2 cm, where they stop reading.
        var small = Math.Max(Math.Min(page.Width, page.Height) * SmallSize, MinSmall);
        var gap = small * 0.2f;

        foreach (var size in LargeSizes)
        {
            var side = Math.Min(page.Width, page.Height) * size;
            if (Place(safe, side, new SKPoint(safe.Right, safe.Bottom), blocked, gap, float.MaxValue) is { } large)
            {
                items.Add(new MotifItem(large, motif, colour, LargeRotation));
                blocked.Add(large);
                break;
            }
        }
        // Small ones stay near their corner or side: a small motif in the middle of the cover would look lost.
        var reach = Math.Min(page.Width, page.Height) * 0.22f;
        var smalls = 0;
        foreach (var slot in SmallSlots)
        {
            if (smalls == MaxSmall) break;
            var side = small * slot.Size;
            var anchor = new SKPoint(safe.Left + slot.X * safe.Width, safe.Top + slot.Y * safe.Height);
            if (Place(safe, side, anchor, blocked, gap, reach) is not { } box) continue;
            items.Add(new MotifItem(box, motif, colour, slot.Rotation));
            blocked.Add(box);
            smalls++;
        }
        return items;
    }

    /// <summary>
    /// A small motif for a chapter's (level 1) heading, as tall as the heading's line box (at most 72 points),
    /// turned a little. With <paramref name="textInk"/>, the box the heading's words cover, it goes just after
    /// the words, or above their start when the line is full and the area leaves room above them; without it,
    /// at the end of the line. Null when there is no room: a long heading goes without.
    /// </summary>
    public static MotifItem? SectionMotif(SKRect headingArea, Motif motif, SKColor colour, SKRect? textInk = null)
    {
        if (headingArea.Width <= 0 || headingArea.Height <= 0) return null;
        if (textInk is not { } ink)
        {
            var side = Math.Min(Math.Min(headingArea.Height, 72), headingArea.Width);
            return new MotifItem(Square(headingArea.Right - side, headingArea.MidY - side / 2, side), motif, colour, 8);
        }
        var besideSide = Math.Min(Math.Min(headingArea.Height, ink.Height * 1.4f), 72);
        var x = Math.Max(ink.Right + besideSide * 0.35f, headingArea.Left);
        if (x + besideSide <= headingArea.Right)
        {
            var y = Math.Clamp(ink.MidY - besideSide / 2, headingArea.Top, headingArea.Bottom - besideSide);
            return new MotifItem(Square(x, y, besideSide), motif, colour, 8);
        }
        // No room after the words: above them, if the area reaches high enough.
        var room = ink.Top - headingArea.Top;
        var aboveSide = Math.Min(Math.Min(room * 0.85f, 72), headingArea.Width);
        if (aboveSide < ink.Height * 0.8f) return null;
        var left = Math.Clamp(ink.Left, headingArea.Left, headingArea.Right - aboveSide);
        return new MotifItem(Square(left, ink.Top - room * 0.075f - aboveSide, aboveSide), motif, colour, -6);
    }

    /// <summary>
    /// A small, faint motif in the bottom margin of a page, lined up with the text column's outer edge: the right
    /// on odd (right-hand) pages and the left on even ones, away from the page number in the middle. It stays
    /// at least a quarter of the margin from the paper's edge, inside the part a home printer prints.
    /// </summary>
    public static MotifItem PageCorner(SKRect page, float margin, Motif motif, SKColor colour, int pageNumber = 1)
    {
        var side = margin * 0.55f;
        var top = page.Bottom - margin * 0.8f;
        var odd = pageNumber % 2 != 0;
        var left = odd ? page.Right - margin - side : page.Left + margin;
        return new MotifItem(Square(left, top, side), motif, colour, odd ? -8 : 8, Opacity: 0.35f);
    }

    /// <summary>
    /// The free square of this side nearest <paramref name="anchor"/> (and no further from it than
    /// <paramref name="reach"/>), inside <paramref name="area"/> and <paramref name="gap"/> clear of every blocked
    /// rectangle; null when there is none. Candidates lie on a grid a quarter of the side apart.
    /// </summary>
    private static SKRect? Place(SKRect area, float side, SKPoint anchor, List<SKRect> blocked, float gap, float reach)
    {
        if (side <= 0 || side > area.Width || side > area.Height) return null;
        var step = side / 4;
        var columns = (int)((area.Width - side) / step) + 1;
        var rows = (int)((area.Height - side) / step) + 1;
        SKRect? best = null;
        var bestDistance = float.MaxValue;
        for (var row = 0; row <= rows; row++)
        {
            for (var column = 0; column <= columns; column++)
            {
                // The last row and column sit flush with the area's far edges, so the corners are always tried.
                var x = column == columns ? area.Right - side : area.Left + column * step;
                var y = row == rows ? area.Bottom - side : area.Top + row * step;
                var candidate = Square(x, y, side);
                var distance = SKPoint.Distance(new SKPoint(candidate.MidX, candidate.MidY), anchor);
                if (distance >= bestDistance || distance - side * 0.71f > reach) continue;
                var padded = SKRect.Inflate(candidate, gap, gap);
                if (blocked.Any(b => b.IntersectsWith(padded))) continue;
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best;
    }

    private static SKRect Square(float x, float y, float side) => new(x, y, x + side, y + side);
}
