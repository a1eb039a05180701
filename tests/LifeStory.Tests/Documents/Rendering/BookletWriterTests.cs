using System.Text;
using System.Text.RegularExpressions;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>
/// The A5 booklet imposed on A4 sheets, read back as a carer's printer would see it: A4 landscape sheets, each
/// half holding the right page of the book in saddle-stitch order, no links, the same bytes every time.
/// </summary>
public sealed partial class BookletWriterTests : IDisposable
{
    private static readonly Theme A5Book = new LifeStory.Pipeline.PageLayout(PageSize.A5).Apply(Theme.Book);

    private readonly TempFolder _folder = new();

    public BookletWriterTests() => _folder.Write("garden.png", TestImages.Png(60, 40, SKColors.ForestGreen));

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A book of <paramref name="pages"/> A5 pages, each holding the word "markerNN" (its page number) once: a
    /// contents page with links first, a chapter per page after it, one with a web link and one with a picture.
    /// </summary>
    private static string Book(int pages)
    {
        var markdown = new StringBuilder("::: contents Contents\n:::\n\nmarker01\n");
        for (var page = 2; page <= pages; page++)
        {
            markdown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n# Chapter {page}\n\nThis is marker{page:D2}.\n");
            if (page == 2) markdown.Append("\nSee [the park's web page](https://example.org/park).\n");
            if (page == 3) markdown.Append("\n![The garden](garden.png)\n");
        }
        return markdown.ToString();
    }

    private LaidOutDocument Lay(int pages, FolderPictureSource pictures, Theme? theme = null)
    {
        var document = MarkdownReader.Read(Book(pages), new DocumentInfo("Maisie's booklet", Subject: "A test", Author: "LifeStory"));
        var laid = LayoutEngine.Layout(document, theme ?? A5Book, FontLibrary.Default, pictures);
        Assert.Empty(laid.Problems);
        Assert.Equal(pages, laid.Pages.Count);
        return laid;
    }

    private byte[] WriteBooklet(int pages, bool foldMarks = true)
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = Lay(pages, pictures);
        using var output = new MemoryStream();
        BookletWriter.Write(laid, pictures, output, RenderOptions.Screen, foldMarks);
        return output.ToArray();
    }

    // Written out by hand, not taken from Imposition, so a mistake there cannot hide here. 10 pages make 12:
    // the two blanks sit just before the back cover, as the booklet's pages 10 and 11.
    [Theory]
    [InlineData(4, "4,1|2,3")]
    [InlineData(5, "5,1|2,-|-,3|4,-")]
    [InlineData(7, "7,1|2,-|6,3|4,5")]
    [InlineData(10, "10,1|2,-|-,3|4,9|8,5|6,7")]
    public void Given_an_A5_book_When_written_as_a_booklet_Then_each_A4_landscape_side_holds_its_pages_in_saddle_stitch_order(int pages, string expected)
    {
        var bytes = WriteBooklet(pages);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(Imposition.PaddedCount(pages) / 2, pdf.NumberOfPages);
        var sides = new List<string>();
        foreach (var side in pdf.GetPages())
        {
            Assert.Equal(841.89, side.Width, 1.0);
            Assert.Equal(595.28, side.Height, 1.0);
            var words = side.GetWords().ToList();
            var middle = side.Width / 2;
            sides.Add(Identify(words.Where(w => w.BoundingBox.Centroid.X < middle)) + "," + Identify(words.Where(w => w.BoundingBox.Centroid.X > middle)));
        }
        Assert.Equal(expected, string.Join("|", sides));
    }

    /// <summary>
    /// The page a half of a sheet shows: the number in its one "markerNN" word; "-" for a blank page, which must
    /// have no words at all.
    /// </summary>
    private static string Identify(IEnumerable<UglyToad.PdfPig.Content.Word> half)
    {
        var words = half.Select(w => w.Text).ToList();
        if (words.Count == 0) return "-";
        var markers = words.Select(w => Marker().Match(w)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(markers.Count == 1, $"Expected one marker on this half, found: {string.Join(" ", words)}");
        return markers[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^marker(\d\d)\.?$")]
    private static partial Regex Marker();

    [Fact]
    public void Given_an_A5_book_When_written_as_a_booklet_Then_the_words_on_each_half_are_the_pages_own_words()
    {
        var bytes = WriteBooklet(4);

        using var pdf = PdfDocument.Open(bytes);
        var outside = pdf.GetPage(1).GetWords().ToList();
        var middle = pdf.GetPage(1).Width / 2;
        var left = string.Join(" ", outside.Where(w => w.BoundingBox.Centroid.X < middle).Select(w => w.Text));
        var right = string.Join(" ", outside.Where(w => w.BoundingBox.Centroid.X > middle).Select(w => w.Text));
        Assert.Contains("Chapter 4", left, StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", left, StringComparison.Ordinal);
        Assert.Contains("Contents", right, StringComparison.Ordinal);
        Assert.Contains("Chapter 2", right, StringComparison.Ordinal);
        // Nothing spills over the fold: every word lies wholly within its own half.
        Assert.All(outside, w => Assert.True(w.BoundingBox.Right < middle || w.BoundingBox.Left > middle, $"'{w.Text}' crosses the fold."));
    }

    [Fact]
    public void Given_the_same_book_twice_When_written_as_a_booklet_Then_the_bytes_are_identical()
    {
        Assert.Equal(WriteBooklet(7), WriteBooklet(7));
    }

    [Fact]
    public void Given_a_book_with_contents_and_web_links_When_written_as_a_booklet_Then_there_are_no_link_annotations_or_destinations()
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = Lay(5, pictures);
        Assert.Contains(laid.Pages[0].Items, i => i is LinkItem);
        using var normal = new MemoryStream();
        PdfWriter.Write(laid, pictures, normal, RenderOptions.Screen);
        using var booklet = new MemoryStream();
        BookletWriter.Write(laid, pictures, booklet, RenderOptions.Screen);

        // The same document written normally has its links, so their absence below is the booklet's doing.
        Assert.True(TestImages.Contains(normal.ToArray(), "/Annots"), "The ordinary PDF should have link annotations.");
        using var pdf = PdfDocument.Open(booklet.ToArray());
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetAnnotations()));
        Assert.False(TestImages.Contains(booklet.ToArray(), "/Annots"), "The booklet has annotations.");
        Assert.False(TestImages.Contains(booklet.ToArray(), "/Dests"), "The booklet has named destinations.");
        Assert.False(TestImages.Contains(booklet.ToArray(), "/URI"), "The booklet has a web link.");
        // The linked words are still printed.
        Assert.Contains("park's", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void Given_a_booklet_When_written_Then_it_keeps_the_metadata_the_picture_and_font_subsets()
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = Lay(5, pictures);
        using var booklet = new MemoryStream();
        BookletWriter.Write(laid, pictures, booklet, RenderOptions.Screen);
        using var whole = new MemoryStream();
        PdfWriter.Write(laid, pictures, whole, RenderOptions.Screen, subsetFonts: false);

        using var pdf = PdfDocument.Open(booklet.ToArray());
        Assert.Equal("Maisie's booklet", pdf.Information.Title);
        Assert.Equal("A test", pdf.Information.Subject);
        Assert.Equal("LifeStory", pdf.Information.Producer);
        // Page 3 (the picture) is on the right of side 3.
        var picture = Assert.Single(pdf.GetPage(3).GetImages());
        Assert.True(picture.BoundingBox.Left > pdf.GetPage(3).Width / 2, "The picture should be on the right half, with page 3.");
        Assert.True(booklet.Length * 2 < whole.Length,
            $"The booklet should embed font subsets: {booklet.Length:N0} bytes against {whole.Length:N0} with whole fonts.");
    }

    [Fact]
    public void Given_fold_marks_When_written_Then_each_side_has_grey_ticks_on_the_fold_and_none_without()
    {
        var marked = WriteBooklet(4, foldMarks: true);
        var plain = WriteBooklet(4, foldMarks: false);

        using var withMarks = PdfDocument.Open(marked);
        using var without = PdfDocument.Open(plain);
        var fold = BookletWriter.Sheet.Width / 2;
        static bool OnFold(UglyToad.PdfPig.Graphics.PdfPath path, double x) =>
            path.IsStroked && path.GetBoundingRectangle() is { } box && Math.Abs(box.Left - x) < 0.5 && Math.Abs(box.Right - x) < 0.5;
        foreach (var side in withMarks.GetPages())
            Assert.Equal(2, side.Paths.Count(p => OnFold(p, fold)));
        foreach (var side in without.GetPages())
            Assert.DoesNotContain(side.Paths, p => OnFold(p, fold));
    }

    [Fact]
    public void Given_A4_pages_When_written_as_a_booklet_Then_it_is_refused()
    {
        using var pictures = FolderPictureSource.Under(_folder.Path);
        var laid = Lay(2, pictures, Theme.Book);
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => BookletWriter.Write(laid, pictures, output));
        Assert.Contains("A5", error.Message, StringComparison.Ordinal);
    }
}
