using LifeStory.Documents.Layout;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Documents.Pictures;
using LifeStory.Tests.Support;
using SkiaSharp;

namespace LifeStory.Tests.Pipeline;

/// <summary>`render` reads only an ordinary Markdown file and only the ordinary pictures inside its own folder.</summary>
public sealed class MarkdownJobTests : IDisposable
{
    private readonly Support.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_pipe_as_the_Markdown_When_rendered_Then_an_error_without_waiting()
    {
        Fifo.Make(_temp.File("page.md"));

        using var composition = MarkdownJob.Compose(_temp.File("page.md"), Theme.Book);

        Assert.Null(composition.Pages);
        Assert.Equal("'page.md' is not an ordinary file (it is a pipe, a device or a socket), so it cannot be read.", Assert.Single(composition.Findings).Message);
    }

    [Fact]
    public void Given_Markdown_that_is_not_utf8_When_rendered_Then_it_says_to_save_it_as_utf8()
    {
        File.WriteAllBytes(_temp.File("page.md"), [(byte)'#', (byte)' ', 0xE9, (byte)'\n']);

        using var composition = MarkdownJob.Compose(_temp.File("page.md"), Theme.Book);

        var finding = Assert.Single(composition.Findings);
        Assert.Equal("not-utf8", finding.Code);
        Assert.Equal(new LifeStory.Checking.SourceLocation("page.md", 1, 3), finding.Location);
    }

    [Fact]
    public void Given_a_link_beside_the_Markdown_to_a_picture_outside_its_folder_When_rendered_Then_it_is_not_followed()
    {
        Directory.CreateDirectory(_temp.File("page"));
        Directory.CreateDirectory(_temp.File("other"));
        File.WriteAllBytes(_temp.File("other/secret.png"), TestImages.Png(40, 30, SKColors.Red));
        File.CreateSymbolicLink(_temp.File("page/pic.png"), _temp.File("other/secret.png"));
        File.WriteAllText(_temp.File("page/page.md"), "![A picture](pic.png)\n");

        using var composition = MarkdownJob.Compose(_temp.File("page/page.md"), Theme.Book);

        Assert.DoesNotContain(composition.Pages!.Pages.SelectMany(p => p.Items), i => i is PictureItem);
        Assert.Contains(composition.Findings, f => f.Message.Contains("pic.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_pipe_named_as_a_picture_When_rendered_Then_a_warning_and_the_page_is_made()
    {
        Fifo.Make(_temp.File("pic.png"));
        File.WriteAllText(_temp.File("page.md"), "# Me\n\n![A picture](pic.png)\n");

        using var composition = MarkdownJob.Compose(_temp.File("page.md"), Theme.Book);

        Assert.NotNull(composition.Pages);
        Assert.Equal("The picture 'pic.png' is not an ordinary file (a folder, pipe or device), so it was not opened.",
            Assert.Single(composition.Findings).Message);
    }
}
