using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("**bold** and _under_")]
    [InlineData("# not a heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a list")]
    [InlineData("> not a quote")]
    [InlineData("<b>tag</b> &amp; {{ code }}")]
    [InlineData("![image](x.png) [link](http://x) `code`")]
    [InlineData("back\\slash | pipe ~tilde~ $dollar ^caret")]
    public void Given_typed_text_When_escaped_and_read_as_Markdown_Then_it_reads_back_exactly(string typed)
    {
        var document = MarkdownReader.Read(MarkdownText.Escape(typed), new DocumentInfo("t"));
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document.Blocks));
        var inline = Assert.Single(paragraph.Inlines);
        Assert.Equal(typed, inline.Text);
        Assert.Equal(InlineStyle.None, inline.Style);
    }
}
