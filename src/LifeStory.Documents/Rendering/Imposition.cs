namespace LifeStory.Documents.Rendering;

/// <summary>
/// One side of a printed sheet in a booklet: the book's page on the left half and on the right half, as
/// 1-based page numbers of the original book, or null for a blank page added to make up the count.
/// </summary>
public readonly record struct SheetSide(int? Left, int? Right);

/// <summary>
/// Saddle-stitch imposition, worked out without drawing anything: which page of the book goes on which half
/// of which side of which sheet, so that printing the sides in order double-sided (flipping on the short edge),
/// folding the stack in half and stapling along the fold gives the pages in reading order.
/// </summary>
public static class Imposition
{
    /// <summary>Every sheet holds four pages (two each side), so a booklet always has a multiple of four.</summary>
    public static int PaddedCount(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return (pages + 3) / 4 * 4;
    }

    /// <summary>
    /// The booklet's pages in reading order, as the original page numbers (null for a blank). The blanks go just
    /// before the last page, not after it: a book's last page is its back cover (in the life-story book, who can help), and it
    /// must stay on the outside of the folded booklet rather than end up inside behind blank leaves. A book of one
    /// page keeps it as the front cover, with the blanks after it.
    /// </summary>
    public static IReadOnlyList<int?> ReadingOrder(int pages)
    {
        var padded = PaddedCount(pages);
        var order = new int?[padded];
        if (pages == 0) return order;
        if (pages == 1)
        {
            order[0] = 1;
            return order;
        }
        for (var i = 0; i < pages - 1; i++) order[i] = i + 1;
        order[padded - 1] = pages;
        return order;
    }

    /// <summary>
    /// The sides to print, in printing order: two per sheet, the front of a sheet then its back. For a booklet of
    /// n pages (after padding), side 1 is [n, 1], side 2 is [2, n-1], side 3 is [n-2, 3], side 4 is [4, n-3], …:
    /// the outermost sheet carries the covers and the innermost sheet the middle spread.
    /// </summary>
    /// <param name="pages">The book's page count, before padding.</param>
    /// <param name="rightToLeft">
    /// The book reads right to left, so it is bound on the right and its pages turn to the right, as Arabic,
    /// Persian and Hebrew books are: each side is the left-to-right side with its halves swapped, the front
    /// cover on the left half of the first side, and page 2 on the right of its back.
    /// </param>
    public static IReadOnlyList<SheetSide> Sides(int pages, bool rightToLeft)
    {
        var sides = Sides(pages);
        return rightToLeft ? [.. sides.Select(side => new SheetSide(side.Right, side.Left))] : sides;
    }

    public static IReadOnlyList<SheetSide> Sides(int pages)
    {
        var order = ReadingOrder(pages);
        var n = order.Count;
        var sides = new List<SheetSide>(n / 2);
        int? Page(int position) => order[position - 1];
        for (var sheet = 0; sheet < n / 4; sheet++)
        {
            var low = 2 * sheet + 1;   // the odd, right-hand page on the front of this sheet
            var high = n - 2 * sheet;  // the even, left-hand page beside it
            sides.Add(new SheetSide(Page(high), Page(low)));
            sides.Add(new SheetSide(Page(low + 1), Page(high - 1)));
        }
        return sides;
    }
}
