using System.Text;
using LifeStory.Documents.Decorations;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Decorations;

public sealed class MotifPdfTests
{
    [Fact]
    public void Given_a_page_with_every_motif_When_written_as_pdf_Then_they_are_vector_paths_with_no_images()
    {
        var bytes = Pdf(MotifGallery.Build(FontLibrary.Default));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Empty(page.GetImages());
        Assert.Equal(0, page.NumberOfImages);
        // Not even inside a form (a faded motif is drawn as a transparency group).
        Assert.DoesNotMatch(ImageXObject, Encoding.Latin1.GetString(bytes));
        Assert.True(page.Paths.Count > 500, $"Only {page.Paths.Count} paths on the page.");
    }

    [Fact]
    public void Given_a_faint_turned_motif_When_written_as_pdf_Then_it_is_still_drawn_without_images()
    {
        var page = new Page(1, [new FurnitureItem(new MotifItem(new SKRect(100, 100, 300, 300), Motif.Unicorn, SKColors.Plum, 20, 0.35f))]);
        var bytes = Pdf(new LaidOutDocument(new DocumentInfo("Faint"), Theme.Book, [page], []));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Empty(pdf.GetPage(1).GetImages());
        Assert.DoesNotMatch(ImageXObject, Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Given_a_page_with_a_photo_When_written_as_pdf_Then_the_same_checks_do_find_its_image()
    {
        using var folder = new TempFolder();
        folder.Write("photo.png", TestImages.Png(40, 30, SKColors.ForestGreen));
        using var pictures = FolderPictureSource.Under(folder.Path);
        var page = new Page(1, [new PictureItem(new SKRect(100, 100, 300, 250), "photo.png", new SKRect(0, 0, 1, 1), 0)]);
        using var output = new MemoryStream();
        PdfWriter.Write(new LaidOutDocument(new DocumentInfo("Photo"), Theme.Book, [page], []), pictures, output, RenderOptions.Screen);
        var bytes = output.ToArray();

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Matches(ImageXObject, Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Given_motifs_When_written_as_pdf_Then_each_adds_only_a_kilobyte_or_two()
    {
        var empty = Pdf(new LaidOutDocument(new DocumentInfo("Motifs"), Theme.Book, [new Page(1, [])], []));
        var motifs = Enum.GetValues<Motif>().Select((m, i) => (PageItem)new MotifItem(
            new SKRect(40 + i % 4 * 130, 40 + i / 4 * 130, 160 + i % 4 * 130, 160 + i / 4 * 130), m, MotifArt.DefaultColour(m))).ToList();
        var full = Pdf(new LaidOutDocument(new DocumentInfo("Motifs"), Theme.Book, [new Page(1, motifs)], []));

        var perMotif = (full.Length - empty.Length) / (float)motifs.Count;
        Assert.True(perMotif < 2.5f * 1024, $"Each motif adds {perMotif / 1024:0.0} KB.");
    }

    /// <summary>An image's dictionary anywhere in the file (a page's /ProcSet may name /ImageC without holding one).</summary>
    private const string ImageXObject = @"/Subtype\s*/Image\b";

    private static byte[] Pdf(LaidOutDocument document)
    {
        using var output = new MemoryStream();
        PdfWriter.Write(document, NoPictures.Instance, output, RenderOptions.Screen);
        return output.ToArray();
    }
}
