using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Fonts;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Writes an A5 book as a booklet to print at home: A4 landscape sheets, two A5 pages side by side on each side
/// of a sheet, in saddle-stitch order (<see cref="Imposition"/>). Printed double-sided, flipped on the short
/// edge, folded in half and stapled along the fold, the sheets read as the book. Everything the ordinary PDF
/// writer does still holds: fonts subset, pictures prepared ahead in parallel, the document's metadata, and
/// the same input giving the same bytes. Links and named destinations are left out: the pages are out of
/// order on the sheets, and a printed page has nothing to click.
/// </summary>
public static class BookletWriter
{
    /// <summary>The printed sheet: A4 turned on its side.</summary>
    public static PageSize Sheet { get; } = new("A4 landscape", PageSize.A4.Height, PageSize.A4.Width);

    /// <summary>How far each fold mark stays from the paper's edge: outside what home printers cannot reach (about 5 mm).</summary>
    private const float FoldMarkInset = 14f;

    private const float FoldMarkLength = 12f;

    /// <param name="foldMarks">Short light-grey ticks at the top and bottom of the fold, in the margin, to fold along.</param>
    /// <exception cref="ArgumentException">The document's pages are not A5 portrait, or there are none.</exception>
    public static void Write(LaidOutDocument document, IPictureSource pictures, Stream output, RenderOptions? options = null, bool foldMarks = true)
    {
        var page = document.Theme.Page;
        if (Math.Abs(page.Width - PageSize.A5.Width) > 1 || Math.Abs(page.Height - PageSize.A5.Height) > 1)
            throw new ArgumentException($"A booklet is made of A5 portrait pages; these pages are {page.Width:0.#} × {page.Height:0.#} pt ({page.Name}).", nameof(document));
        if (document.Pages.Count == 0) throw new ArgumentException("There are no pages to make a booklet of.", nameof(document));

        options ??= RenderOptions.Print;
        // Declared before the document so it is disposed after it: Skia writes the fonts when the PDF closes.
        using var typefaces = SubsetTypefaces.Build(document);
        using var pdf = SKDocument.CreatePdf(output, PdfWriter.Metadata(document.Info, options))
            ?? throw new InvalidOperationException("Skia could not start a PDF.");
        using var painter = new PagePainter(pictures, options.PictureDpi, typefaces.For) { Annotations = false };
        painter.PrepareAhead(document.Pages, options.MaxParallelism ?? Environment.ProcessorCount);

        // A5 is not exactly half of A4 (148 mm beside 148 mm is 296 mm, on 297 mm paper), so the two pages sit
        // against the sheet's centre line, where it is folded, and the half-millimetre left over is at the outer edges.
        var fold = Sheet.Width / 2;
        var clip = new SKRect(0, 0, page.Width, page.Height);
        foreach (var side in Imposition.Sides(document.Pages.Count, document.Info.RightToLeft))
        {
            var canvas = pdf.BeginPage(Sheet.Width, Sheet.Height);
            // The whole sheet takes the paper colour once; each page then draws only its items, since clearing
            // inside one half would wipe the page already drawn beside it. A blank page is just paper.
            canvas.Clear(document.Theme.Paper);
            foreach (var (number, left) in new[] { (side.Left, fold - page.Width), (side.Right, fold) })
            {
                if (number is not { } n) continue;
                canvas.Save();
                canvas.Translate(left, 0);
                canvas.ClipRect(clip);
                painter.PaintItems(canvas, document.Pages[n - 1]);
                canvas.Restore();
            }
            if (foldMarks) DrawFoldMarks(canvas, fold);
            pdf.EndPage();
        }
        pdf.Close();
    }

    private static void DrawFoldMarks(SKCanvas canvas, float fold)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0xB4, 0xB4, 0xB4), StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(fold, FoldMarkInset, fold, FoldMarkInset + FoldMarkLength, paint);
        canvas.DrawLine(fold, Sheet.Height - FoldMarkInset - FoldMarkLength, fold, Sheet.Height - FoldMarkInset, paint);
    }
}
