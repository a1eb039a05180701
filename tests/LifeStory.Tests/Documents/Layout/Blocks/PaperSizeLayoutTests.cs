using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class PaperSizeLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public PaperSizeLayoutTests() => BlockSamples.WritePictures(_folder);

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("A5")]
    [InlineData("Letter")]
    public void Given_every_book_block_on_smaller_paper_When_laid_out_Then_everything_stays_inside_the_printable_area(string paper)
    {
        var size = paper == "A5" ? PageSize.A5 : PageSize.Letter;
        using var pictures = FolderPictureSource.Under(_folder.Path);

        var laid = BlockSamples.Lay(Theme.Book with { Page = size }, pictures);

        Assert.Empty(laid.Problems);
        Assert.Equal(size, laid.Theme.Page);
        LayoutInvariants.AssertHold(laid);
        var theme = laid.Theme;
        var printable = new SkiaSharp.SKRect(theme.Margin, theme.Margin, theme.Page.Width - theme.Margin, theme.Page.Height - theme.Margin);
        // Pictures and shapes too, not only text, keep inside the smaller page's printable area.
        Assert.All(laid.Pages.SelectMany(p => p.Items).OfType<PictureItem>(), p => Assert.True(printable.Contains(p.Bounds), $"{p.Source} at {p.Bounds}"));
        var texts = laid.Pages.SelectMany(p => Lay.Flow(laid, p)).OfType<TextItem>().Select(t => t.Line.Text).ToList();
        Assert.Contains("Maisie 9", texts);
        Assert.Contains(BlockSamples.TableHeader, texts);
        Assert.Contains(BlockSamples.PanelTitle, texts);
    }

    [Fact]
    public void Given_the_same_book_on_A5_and_A4_When_laid_out_Then_A5_needs_at_least_as_many_pages()
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);

        var a4 = BlockSamples.Lay(Theme.Book, pictures);
        var a5 = BlockSamples.Lay(Theme.Book with { Page = PageSize.A5 }, pictures);

        Assert.True(a5.Pages.Count >= a4.Pages.Count, $"A5 {a5.Pages.Count} pages, A4 {a4.Pages.Count}.");
        Assert.All(a5.Pages.SelectMany(p => p.Items).OfType<TextItem>(), t => Assert.True(t.Bounds.Right <= PageSize.A5.Width));
    }
}
