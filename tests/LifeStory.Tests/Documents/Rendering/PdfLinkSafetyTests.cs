using System.Text;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Tests.Documents.Rendering;

/// <summary>The PDF keeps the same links the HTML page does: https, http, mailto, tel and the document's own anchors.</summary>
public sealed class PdfLinkSafetyTests
{
    private const string Hostile = """
        # Links

        [web](https://example.org/safe) [plain web](http://example.org/plain) [mail](mailto:jo@example.org) [phone](tel:+441132000000)

        [script](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)
        [vb](vbscript:msgbox) [unc](\\\\server\\share\\x) [spaced]( JavaScript:alert(2)) <javascript:alert(3)> [rel](photos/x.jpg)
        """;

    [Fact]
    public void Given_links_of_every_kind_When_read_Then_only_allowed_addresses_stay_links_and_the_words_stay()
    {
        var document = MarkdownReader.Read(Hostile, new DocumentInfo("Links"));

        var links = Inlines(document.Blocks).Where(i => i.Link is not null).Select(i => i.Link!).Distinct().Order(StringComparer.Ordinal);
        var words = string.Concat(Inlines(document.Blocks).Select(i => i.Text));

        Assert.Equal(["http://example.org/plain", "https://example.org/safe", "mailto:jo@example.org", "tel:+441132000000"], links);
        Assert.Contains("script", words, StringComparison.Ordinal);
        Assert.Contains("unc", words, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hostile_links_When_written_as_pdf_Then_no_annotation_carries_them()
    {
        using var pictures = new FolderPictureSource(_ => null);
        var laid = LayoutEngine.Layout(MarkdownReader.Read(Hostile, new DocumentInfo("Links")), Theme.Book, FontLibrary.Default, pictures);
        using var output = new MemoryStream();
        PdfWriter.Write(laid, pictures, output, RenderOptions.Screen);
        var pdf = Encoding.Latin1.GetString(output.ToArray());

        Assert.Contains("https://example.org/safe", pdf, StringComparison.Ordinal);
        Assert.Contains("mailto:jo@example.org", pdf, StringComparison.Ordinal);
        foreach (var bad in new[] { "javascript", "JavaScript", "data:text", "file:///", "vbscript", "\\\\server", "photos/x.jpg" })
            Assert.DoesNotContain(bad, pdf, StringComparison.Ordinal);
    }

    private static IEnumerable<Inline> Inlines(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => p.Inlines,
            HeadingBlock h => h.Inlines,
            _ => [],
        });
}
