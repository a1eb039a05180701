using SkiaSharp;

namespace LifeStory.Documents.Layout;

/// <summary>
/// Turns a page laid out left to right into the same page for a right-to-left reader, by mirroring where every
/// item sits about the page's upright centre line. Every block is laid out once, as if left to right; this one
/// step then puts a list's bullets, a quote's bar, a picture beside its words, a table's first column, a
/// timeline's first entry, a scale's 0 and a contents page's title on the right, and its page numbers and
/// dot leaders on the left: the page as CSS lays it out under <c>dir="rtl"</c>, where its logical properties
/// (start and end instead of left and right, https://www.w3.org/TR/css-logical-1/) put everything on the
/// other side, and as the W3C's Arabic &amp; Persian Layout Requirements (https://www.w3.org/TR/alreq/) describe
/// Arabic pages: text and the page's whole layout begin at the right. What is mirrored is only position:
/// letters, pictures and drawings keep their own shape, and each line keeps its own visual order of words
/// (<see cref="Text.LineBuilder"/> orders those by the bidirectional algorithm, with the page's direction as
/// the paragraph's). Mirroring whole pages rather than each block keeps the blocks simple and makes every
/// rule of left-to-right layout (nothing overlaps, nothing leaves the page) hold on the mirrored page too.
/// </summary>
internal static class PageMirror
{
    public static Page Mirror(Page page, float pageWidth) =>
        page with
        {
            Items = page.Items.Select(item => Mirror(item, pageWidth)).ToList(),
        };

    /// <summary>One item mirrored about the upright centre line of a box of this width that starts at x = 0.</summary>
    internal static PageItem Mirror(PageItem item, float width) => item switch
    {
        // The line keeps its glyphs in order; only where it starts inside its box changes sides.
        TextItem text => text with
        {
            Bounds = Flip(text.Bounds, width),
            Line = text.Line with { Offset = text.Bounds.Width - text.Line.Offset - text.Line.Width },
        },
        LineItem line => line with { Bounds = FlipLine(line.Bounds, width) },
        ShapeItem shape => shape with { Bounds = Flip(shape.Bounds, width) },
        PictureItem picture => picture with { Bounds = Flip(picture.Bounds, width) },
        AnchorItem anchor => anchor with { Bounds = Flip(anchor.Bounds, width) },
        LinkItem link => link with { Bounds = Flip(link.Bounds, width) },
        PolygonItem polygon => PolygonItem.Of(polygon.Fill, [.. polygon.Points.Select(p => new SKPoint(width - p.X, p.Y))]),
        // A decoration tilted toward the page's start tilts toward the other side's start.
        MotifItem motif => motif with { Bounds = Flip(motif.Bounds, width), Rotation = -motif.Rotation },
        FurnitureItem furniture => new FurnitureItem(Mirror(furniture.Inner, width)),
        // Its items are relative to its own top-left and drawn smaller: mirrored across its unscaled width.
        ScaledItem group => group with
        {
            Bounds = Flip(group.Bounds, width),
            Items = group.Items.Select(i => Mirror(i, group.Bounds.Width / group.Scale)).ToList(),
        },
        // The draft watermark is centred on the page and reads in its own words' direction, whichever way the
        // page reads: it stays as it is.
        RotatedItem turned => turned with { Bounds = Flip(turned.Bounds, width) },
        _ => throw new InvalidOperationException($"A right-to-left page cannot mirror a {item.GetType().Name}."),
    };

    private static SKRect Flip(SKRect r, float width) => new(width - r.Right, r.Top, width - r.Left, r.Bottom);

    /// <summary>A line runs from (Left, Top) to (Right, Bottom): both ends are mirrored, so a slanting line slants the other way.</summary>
    private static SKRect FlipLine(SKRect r, float width) =>
        r.Top == r.Bottom ? Flip(r, width) : new SKRect(width - r.Left, r.Top, width - r.Right, r.Bottom);
}
