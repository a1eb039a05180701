using LifeStory.Documents.Layout;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Rendering;

public sealed class PngWriterTests
{
    private static LaidOutDocument Laid(Theme theme) => LayoutEngine.Layout(
        new Document(new DocumentInfo("Test"), [new ParagraphBlock([new Inline("Hello, this is my book.")])]), theme, FontLibrary.Default, NoPictures.Instance);

    [Theory]
    [InlineData(72f, 596, 842)]
    [InlineData(144f, 1191, 1684)]
    [InlineData(36f, 298, 421)]
    public void Given_an_A4_page_When_rendered_at_a_dpi_Then_the_bitmap_has_that_many_pixels(float dpi, int width, int height)
    {
        using var bitmap = PngWriter.Render(Laid(Theme.Book), 0, NoPictures.Instance, dpi);

        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Given_a_page_When_rendered_to_png_Then_the_bytes_decode_to_the_page_size_with_paper_and_ink()
    {
        var bytes = PngWriter.RenderPng(Laid(Theme.Letter), 0, NoPictures.Instance, 72f);

        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((596, 842), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.White, bitmap.GetPixel(5, 5));
        var inked = Enumerable.Range(60, 40).SelectMany(y => Enumerable.Range(60, 200).Select(x => bitmap.GetPixel(x, y))).Count(c => c != SKColors.White);
        Assert.True(inked > 50, $"Only {inked} pixels of the first line are inked.");
    }
}
