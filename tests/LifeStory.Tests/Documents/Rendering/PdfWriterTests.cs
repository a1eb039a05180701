using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

public sealed class PdfWriterTests : IDisposable
{
    private const string Story = """
        ::: cover
        # Maisie's Story

        ![Me](me.jpg)

        All about me
        :::

        # Where I live

        I live with **Jo** and *Sam*. My friend مريم lives next door.

        ![The garden](garden.png "Our garden")

        > I like the swings best.

        1. Swimming
        2. Painting
        """;

    private readonly TempFolder _folder = new();

    public PdfWriterTests()
    {
        _folder.Write("me.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6));
        _folder.Write("garden.png", TestImages.Png(60, 40, SKColors.ForestGreen));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_the_same_document_twice_When_written_Then_the_pdf_bytes_are_identical()
    {
        var (first, _) = Write();
        var (second, _) = Write();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Given_a_document_When_written_Then_it_is_a_pdf_with_one_page_per_laid_out_page()
    {
        var (bytes, pages) = Write();

        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal(2, pages);
        Assert.Equal(pages, pdf.NumberOfPages);
        Assert.Equal("Maisie", pdf.Information.Title);
        Assert.Equal(["Maisie's", "Story", "All", "about", "me"], pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Jo", pdf.GetPage(2).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void Given_plain_text_When_written_Then_each_word_is_one_string_not_one_move_per_glyph()
    {
        // Skia moves the pen before any glyph whose position is not exactly where its own advances put it;
        // text on the size grid lands there, so moves come only between words and at kerned pairs.
        const string Paragraph = "Maisie lives with Jo and Sam in a house with a blue door and a garden with swings. " +
            "On Saturdays she goes swimming with Leo and on Sundays they visit Nan and have pancakes for tea.";
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = LayoutEngine.Layout(MarkdownReader.Read(Paragraph, new DocumentInfo("Words")), Theme.Book, FontLibrary.Default, pictures);
        using var output = new MemoryStream();
        PdfWriter.Write(laid, pictures, output, RenderOptions.Screen);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        var operations = pdf.GetPage(1).Operations;
        var moves = operations.Count(o => o is UglyToad.PdfPig.Graphics.Operations.TextPositioning.MoveToNextLineWithOffset);
        var strings = operations.Count(o => o is UglyToad.PdfPig.Graphics.Operations.TextShowing.ShowText);
        var letters = Paragraph.Count(char.IsLetter);
        var words = Paragraph.Split(' ').Length;
        Assert.Equal(moves, strings);
        Assert.True(strings <= words, $"{strings} strings for {words} words and {letters} letters");
    }

    private (byte[] Bytes, int Pages) Write()
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var document = MarkdownReader.Read(Story, new DocumentInfo("Maisie"));
        var laid = LayoutEngine.Layout(document, Theme.Book, FontLibrary.Default, pictures);
        Assert.Empty(laid.Problems);
        using var output = new MemoryStream();
        PdfWriter.Write(laid, pictures, output, RenderOptions.Screen);
        return (output.ToArray(), laid.Pages.Count);
    }
}
