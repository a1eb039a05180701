using System.Globalization;
using System.Text.RegularExpressions;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using UglyToad.PdfPig;

namespace LifeStory.Tests.Cli;

/// <summary>`--booklet`: the book as an A5 booklet on A4 sheets for a carer to print, fold and staple at home.</summary>
public sealed partial class BookletTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public void Given_a_sample_When_book_is_run_with_booklet_Then_it_writes_the_imposed_booklet_beside_the_book_and_says_how_to_print_it()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));
        var plain = CliRunner.Run(temp.Path, "book", folder, "--paper", "a5", "--today", Today, "-q");
        Assert.Equal(0, plain.ExitCode);
        var book = Path.Combine(folder, "output", "life-story-book.pdf");
        var before = File.ReadAllBytes(book);

        var outcome = CliRunner.Run(temp.Path, "book", folder, "--booklet", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        var said = BookletLine().Match(outcome.Output);
        Assert.True(said.Success, "Unexpected output: " + outcome.Output);
        Assert.Contains("· Arranging the pages as a booklet…", outcome.Errors, StringComparison.Ordinal);
        var booklet = Path.Combine(folder, "output", "life-story-book-booklet.pdf");
        Assert.True(File.Exists(booklet));
        Assert.Equal(before, File.ReadAllBytes(book));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "output"), "*.tmp"));

        // The booklet holds the same A5 pages as `book --paper a5`, each on the half of the sheet side that
        // saddle-stitch order puts it, every side A4 landscape.
        using var bookPdf = PdfDocument.Open(book);
        using var bookletPdf = PdfDocument.Open(booklet);
        var pages = bookPdf.NumberOfPages;
        var sheets = (pages + 3) / 4;
        Assert.Equal(pages.ToString(CultureInfo.InvariantCulture), said.Groups["pages"].Value);
        Assert.Equal(sheets.ToString(CultureInfo.InvariantCulture), said.Groups["sheets"].Value);
        Assert.Equal(sheets * 2, bookletPdf.NumberOfPages);
        var sides = Imposition.Sides(pages);
        var blanks = 0;
        for (var s = 0; s < sides.Count; s++)
        {
            var side = bookletPdf.GetPage(s + 1);
            Assert.Equal(841.89, side.Width, 1.0);
            Assert.Equal(595.28, side.Height, 1.0);
            var middle = side.Width / 2;
            var words = side.GetWords().ToList();
            foreach (var (number, left) in new[] { (sides[s].Left, true), (sides[s].Right, false) })
            {
                var half = Words(words.Where(w => left ? w.BoundingBox.Right < middle : w.BoundingBox.Left > middle));
                if (number is null) blanks++;
                Assert.Equal(number is { } n ? Words(bookPdf.GetPage(n).GetWords()) : new List<string>(), half);
            }
            Assert.All(words, w => Assert.True(w.BoundingBox.Right < middle || w.BoundingBox.Left > middle, $"'{w.Text}' crosses the fold."));
        }
        Assert.Equal(sheets * 4 - pages, blanks);
        // The cover is the front of the folded booklet (right of the first side); the book's last page its back.
        var first = bookletPdf.GetPage(1).GetWords().ToList();
        Assert.Contains("Story", first.Where(w => w.BoundingBox.Left > 421).Select(w => w.Text));
        Assert.Contains("talk", first.Where(w => w.BoundingBox.Right < 421).Select(w => w.Text));
        Assert.All(bookletPdf.GetPages(), p => Assert.Empty(p.GetAnnotations()));
    }

    /// <summary>A page's words, sorted: what is printed, whatever order a reader meets it in.</summary>
    private static List<string> Words(IEnumerable<UglyToad.PdfPig.Content.Word> words) =>
        words.Select(w => w.Text).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^Wrote maisie/output/life-story-book-booklet\.pdf \(a booklet of (?<pages>\d+) pages on (?<sheets>\d+) sheets of A4\)\nPrint double-sided, flip on the short edge, fold in half and staple in the middle\.\n$")]
    private static partial Regex BookletLine();

    [Theory]
    [InlineData("--format", "png", "--booklet makes a PDF to print, so it cannot be used with --format png.")]
    [InlineData("--format", "html", "--booklet makes a PDF to print, so it cannot be used with --format html.")]
    [InlineData("--format", "md", "--booklet makes a PDF to print, so it cannot be used with --format md.")]
    [InlineData("--paper", "a4", "--booklet always makes A5 pages, printed two to a side on A4 paper, so it cannot be used with --paper a4.")]
    [InlineData("--paper", "letter", "--booklet always makes A5 pages, printed two to a side on A4 paper, so it cannot be used with --paper letter.")]
    public void Given_booklet_with_another_format_or_paper_When_book_is_run_Then_it_is_a_usage_error_and_nothing_is_written(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var folder = temp.CopyOf(Repo.Sample("maisie"));

        var outcome = CliRunner.Run(temp.Path, "book", folder, "--booklet", option, value, "--today", Today);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: " + message, outcome.Errors, StringComparison.Ordinal);
        Assert.Equal("", outcome.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "output")), "Nothing should be written after a usage error.");
    }

    [Fact]
    public void Given_a_booklet_request_to_the_pipeline_Then_it_is_laid_out_on_A5_and_only_written_as_a_PDF()
    {
        var request = new RunRequest(Product.Book, Repo.Sample("maisie"), new DateOnly(2026, 11, 23), Layout: new PageLayout(PageSize.A4, Duplex: true)) { Booklet = true };

        Assert.Equal(new PageLayout(PageSize.A5, Duplex: true), request.EffectiveLayout);
        Assert.Equal(PageSize.A4, (request with { Booklet = false }).EffectiveLayout.Paper);
        var error = Assert.Throws<ArgumentException>(() => CasePipeline.Run(request with { Format = OutputFormat.Html }));
        Assert.Contains("booklet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_Markdown_file_When_rendered_as_a_booklet_quietly_Then_only_the_booklet_name_is_printed_and_its_sides_are_in_order()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pages.md"), "# First\n\nleafone\n\n# Second\n\nleaftwo\n\n# Third\n\nleafthree\n");

        var outcome = CliRunner.Run(temp.Path, "render", "pages.md", "--booklet", "--paper", "a5", "-q");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Wrote pages-booklet.pdf (a booklet of 3 pages on 1 sheet of A4)\n", outcome.Output);
        Assert.False(File.Exists(temp.File("pages.pdf")));
        using var pdf = PdfDocument.Open(temp.File("pages-booklet.pdf"));
        Assert.Equal(2, pdf.NumberOfPages);
        string Half(int side, bool left) => string.Join(" ", pdf.GetPage(side).GetWords()
            .Where(w => w.Text.StartsWith("leaf", StringComparison.Ordinal) && (w.BoundingBox.Centroid.X < pdf.GetPage(side).Width / 2) == left)
            .Select(w => w.Text));
        // Three pages make four: [3, 1] then [2, blank].
        Assert.Equal(["leafthree", "leafone", "leaftwo", ""], new[] { Half(1, true), Half(1, false), Half(2, true), Half(2, false) });
    }
}
