using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cli;

/// <summary>The `render` command and the renditions every command can write: PDF, PNG pages, HTML and Markdown.</summary>
public sealed class RenderAndFormatTests
{
    private const string Today = "2026-11-23";

    [Fact]
    public void Given_a_Markdown_file_with_a_picture_beside_it_When_rendered_Then_a_PDF_with_its_words_is_written()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Repo.Sample("maisie"), "photos", "seaside.jpg"), temp.File("seaside.jpg"));
        File.WriteAllText(temp.File("page.md"), "# A day out\n\n::: panel What went well\nWe built a sandcastle.\n:::\n\n![At the seaside](seaside.jpg)\n");

        var outcome = CliRunner.Run(temp.Path, "render", "page.md", "--theme", "letter", "-q");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Wrote page.pdf (1 page)\n", outcome.Output);
        var text = PdfText.Pages(temp.File("page.pdf"))[0];
        Assert.Contains("A day out", text, StringComparison.Ordinal);
        Assert.Contains("What went well", text, StringComparison.Ordinal);
        Assert.Contains("At the seaside", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_md_When_a_Markdown_file_is_rendered_Then_the_file_itself_is_never_overwritten()
    {
        using var temp = new TempFolder();
        const string Source = "# Words\n\nA short, clear sentence.\n";
        File.WriteAllText(temp.File("page.md"), Source);
        var before = File.GetLastWriteTimeUtc(temp.File("page.md"));

        var outcome = CliRunner.Run(temp.Path, "render", "page.md", "--format", "md", "-q");
        var refused = CliRunner.Run(temp.Path, "render", "page.md", "--format", "md", "-o", "page.md");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Wrote page.rendered.md\n", outcome.Output);
        Assert.Contains("A short, clear sentence.", File.ReadAllText(temp.File("page.rendered.md")), StringComparison.Ordinal);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("is the Markdown file being rendered", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(Source, File.ReadAllText(temp.File("page.md")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(temp.File("page.md")));
    }

    [Fact]
    public void Given_the_dyslexia_friendly_look_When_a_Markdown_file_is_rendered_Then_it_is_on_cream_paper_in_Lexend()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("page.md"), "# Words\n\nA short, clear sentence.\n");

        var outcome = CliRunner.Run(temp.Path, "render", "page.md", "--theme", "dyslexia-friendly", "--format", "png", "-q");

        Assert.Equal(0, outcome.ExitCode);
        using var page = SkiaSharp.SKBitmap.Decode(temp.File("page-01.png"));
        Assert.Equal(LifeStory.Documents.Themes.Theme.DyslexiaFriendly.Paper, page.GetPixel(page.Width - 5, page.Height / 2));
        Assert.Equal(0, CliRunner.Run(temp.Path, "render", "page.md", "--theme", "dyslexia-friendly", "-q").ExitCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(temp.File("page.pdf"));
        Assert.All(pdf.GetPage(1).Letters, l => Assert.Contains("Lexend", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_png_When_a_letter_is_made_Then_there_is_one_page_picture_per_page_at_150_dpi()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "minutes", Repo.Sample("maisie"), "--format", "png", "-o", temp.File("letter.png"), "-q", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Wrote letter-01.png (2 pages)\n", outcome.Output);
        var pages = Directory.GetFiles(temp.Path, "letter-*.png").Order().ToList();
        Assert.Equal(["letter-01.png", "letter-02.png"], pages.Select(Path.GetFileName));
        using var first = SkiaSharp.SKBitmap.Decode(pages[0]);
        Assert.Equal(1241, first.Width);
        Assert.Equal(1754, first.Height);
    }

    [Fact]
    public void Given_html_When_a_book_is_made_Then_one_self_contained_page_with_no_paths_or_metadata_is_written()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "book", Repo.Sample("yusuf"), "--format", "html", "-o", temp.File("book.html"), "-q", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        var html = File.ReadAllText(temp.File("book.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Yusuf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("photos/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data:image/jpeg;base64,", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_md_When_a_book_is_made_Then_the_templates_Markdown_is_written_as_it_was_produced()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "book", Repo.Sample("maisie"), "--format", "md", "-o", temp.File("book.md"), "-q", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        var markdown = File.ReadAllText(temp.File("book.md"));
        Assert.StartsWith("::: cover", markdown, StringComparison.Ordinal);
        Assert.Contains("::: contents", markdown, StringComparison.Ordinal);
        Assert.Contains("# All about me", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_A5_and_duplex_When_a_book_is_made_Then_pages_are_A5_and_chapters_start_on_odd_pages()
    {
        using var temp = new TempFolder();
        var pdf = temp.File("book.pdf");
        var outcome = CliRunner.Run(temp.Path, "book", Repo.Sample("maisie"), "--paper", "a5", "--duplex", "-o", pdf, "-q", "--today", Today);

        Assert.Equal(0, outcome.ExitCode);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        Assert.All(pages, p => Assert.Equal(419.53, p.Width, 1));
        var chapters = pages.Where(p => p.Text.StartsWith("Places I have lived", StringComparison.Ordinal) || p.Text.StartsWith("All about me", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, chapters.Count);
        Assert.NotEmpty(chapters);
        Assert.All(chapters, p => Assert.Equal(1, p.Number % 2));
    }

    [Fact]
    public void Given_a_missing_Markdown_file_When_rendered_Then_it_says_so_and_exits_2()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(temp.Path, "render", "nothing.md", "-q");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("nothing.md' does not exist", outcome.Errors, StringComparison.Ordinal);
    }
}
