using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Writes laid-out pages as a PDF with Skia. The creation date is fixed unless the document gives one,
/// so the same input gives the same bytes (Skia's PDF/A mode would add a unique id, so it stays off).
/// </summary>
public static class PdfWriter
{
    private static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Write(LaidOutDocument document, IPictureSource pictures, Stream output, RenderOptions? options = null)
    {
        options ??= RenderOptions.Print;
        var info = document.Info;
        var metadata = new SKDocumentPdfMetadata
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
        using var pdf = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia could not start a PDF.");
        var painter = new PagePainter(pictures, options.PictureDpi);
        var page = document.Theme.Page;
        foreach (var p in document.Pages)
        {
            var canvas = pdf.BeginPage(page.Width, page.Height);
            painter.Paint(canvas, p, document.Theme.Paper);
            pdf.EndPage();
        }
        pdf.Close();
    }
}
