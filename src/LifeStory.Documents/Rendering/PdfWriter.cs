using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Fonts;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Writes laid-out pages as a PDF with Skia. The creation date is fixed unless the document gives one,
/// so the same input gives the same bytes (Skia's PDF/A mode would add a unique id, so it stays off).
/// Text is drawn with subsets of the fonts holding only the glyphs the document uses, because Skia embeds
/// whatever font file it is given whole.
/// </summary>
public static class PdfWriter
{
    private static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Write(LaidOutDocument document, IPictureSource pictures, Stream output, RenderOptions? options = null) =>
        Write(document, pictures, output, options, subsetFonts: true);

    /// <param name="subsetFonts">False embeds the font files whole: only for tests comparing against subsets.</param>
    internal static void Write(LaidOutDocument document, IPictureSource pictures, Stream output, RenderOptions? options, bool subsetFonts)
    {
        options ??= RenderOptions.Print;
        var metadata = Metadata(document.Info, options);
        // Declared before the document so it is disposed after it: Skia writes the fonts when the PDF closes.
        using var typefaces = subsetFonts ? SubsetTypefaces.Build(document) : null;
        using var pdf = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia could not start a PDF.");
        using var painter = new PagePainter(pictures, options.PictureDpi, typefaces is null ? null : typefaces.For);
        painter.PrepareAhead(document.Pages, options.MaxParallelism ?? Environment.ProcessorCount);
        var page = document.Theme.Page;
        foreach (var p in document.Pages)
        {
            var canvas = pdf.BeginPage(page.Width, page.Height);
            painter.Paint(canvas, p, document.Theme.Paper);
            pdf.EndPage();
        }
        pdf.Close();
    }

    /// <summary>The document's title, author and dates as Skia writes them; shared with the booklet writer.</summary>
    internal static SKDocumentPdfMetadata Metadata(DocumentInfo info, RenderOptions options) => new()
    {
        Title = info.Title,
        Subject = info.Subject ?? "",
        Author = info.Author ?? "",
        Creator = info.Creator,
        Producer = "LifeStory",
        Creation = info.Created ?? FixedDate,
        Modified = info.Created ?? FixedDate,
        RasterDpi = options.PictureDpi,
        EncodingQuality = 101,
        PdfA = false,
    };
}
