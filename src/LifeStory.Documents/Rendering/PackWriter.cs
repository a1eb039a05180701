using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering.Fonts;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Writes several laid-out documents one after another into a single PDF: a print pack of letters, each after its
/// own cover sheet, drawn by the same painter as every other PDF. Parts are taken one at a time, so a caller can make
/// each part, let it be drawn, and let go of its pictures before the next is made; only the font subsets stay until
/// the PDF closes, because Skia writes the fonts then.
/// </summary>
public static class PackWriter
{
    /// <returns>How many pages each part took, in order.</returns>
    public static IReadOnlyList<int> Write(IEnumerable<PackPart> parts, DocumentInfo info, Stream output, RenderOptions? options = null)
    {
        options ??= RenderOptions.Print;
        var counts = new List<int>();
        var typefaces = new List<SubsetTypefaces>();
        try
        {
            using var pdf = SKDocument.CreatePdf(output, PdfWriter.Metadata(info, options)) ?? throw new InvalidOperationException("Skia could not start a PDF.");
            foreach (var part in parts)
            {
                var subsets = SubsetTypefaces.Build(part.Pages);
                typefaces.Add(subsets);
                using var painter = new PagePainter(part.Pictures, options.PictureDpi, subsets.For);
                painter.PrepareAhead(part.Pages.Pages, options.MaxParallelism ?? Environment.ProcessorCount);
                var size = part.Pages.Theme.Page;
                foreach (var page in part.Pages.Pages)
                {
                    var canvas = pdf.BeginPage(size.Width, size.Height);
                    painter.Paint(canvas, page, part.Pages.Theme.Paper);
                    pdf.EndPage();
                }
                counts.Add(part.Pages.Pages.Count);
            }
            pdf.Close();
        }
        finally
        {
            foreach (var subsets in typefaces) subsets.Dispose();
        }
        return counts;
    }
}

/// <summary>One document of a pack, with the pictures its pages draw from.</summary>
public sealed record PackPart(LaidOutDocument Pages, IPictureSource Pictures);
