using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using UglyToad.PdfPig.Annotations;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class BlocksPdfTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BlocksPdfTests() => BlockSamples.WritePictures(_folder);

    public void Dispose() => _folder.Dispose();

    private byte[] Write(Theme theme)
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = BlockSamples.Lay(theme, pictures);
        Assert.Empty(laid.Problems);
        using var output = new MemoryStream();
        PdfWriter.Write(laid, pictures, output, RenderOptions.Screen);
        return output.ToArray();
    }

    [Fact]
    public void Given_a_book_with_every_new_block_When_written_Then_the_pdf_holds_the_panel_title_scale_labels_and_table_header()
    {
        var bytes = Write(Theme.Book);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var text = string.Join(" ", words);
        Assert.Contains(BlockSamples.PanelTitle, words);
        Assert.Contains("Maisie 9", text, StringComparison.Ordinal);
        Assert.Contains("Jo 7", text, StringComparison.Ordinal);
        Assert.Contains("0 means: not safe", text, StringComparison.Ordinal);
        Assert.Contains("10 means: very safe", text, StringComparison.Ordinal);
        Assert.Contains(BlockSamples.TableHeader, text, StringComparison.Ordinal);
        Assert.Contains("June 2019", text, StringComparison.Ordinal);
        Assert.All(BlockSamples.Chapters, c => Assert.Contains(c, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_book_with_a_contents_page_When_written_Then_the_contents_page_has_one_link_per_chapter()
    {
        var bytes = Write(Theme.Book);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(BlockSamples.Chapters.Length, links.Count);
        Assert.Contains("Contents", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.True(TestImages.Contains(bytes, "/Dest"), "The links should jump to named destinations.");
        Assert.All(Enumerable.Range(1, BlockSamples.Chapters.Length), n => Assert.True(TestImages.Contains(bytes, "section-" + n), $"No destination section-{n}."));
    }

    [Fact]
    public void Given_a_book_with_every_new_block_on_A5_in_duplex_When_written_Then_pdfpig_reads_every_page_at_A5_size()
    {
        var bytes = Write(Theme.Book with { Page = PageSize.A5, SectionsOnRightHandPage = true });

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 3);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(PageSize.A5.Width, page.Width, 0);
            Assert.Equal(PageSize.A5.Height, page.Height, 0);
        });
    }
}
