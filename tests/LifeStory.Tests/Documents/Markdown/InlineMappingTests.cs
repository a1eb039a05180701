using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class InlineMappingTests
{
    private static IReadOnlyList<Inline> Inlines(string markdown) => Assert.IsType<ParagraphBlock>(Assert.Single(Blocks(markdown))).Inlines;

    [Fact]
    public void Given_bold_and_italic_When_read_Then_runs_carry_their_styles()
    {
        Assert.Equal(
        [
            new Inline("I am "),
            new Inline("brave", InlineStyle.Bold),
            new Inline(" and "),
            new Inline("kind", InlineStyle.Italic),
            new Inline(" and "),
            new Inline("funny", InlineStyle.Bold | InlineStyle.Italic),
        ], Inlines("I am **brave** and _kind_ and ***funny***"));
    }

    [Fact]
    public void Given_italic_inside_bold_When_read_Then_the_inner_run_is_both()
    {
        Assert.Equal(
            [new Inline("very ", InlineStyle.Bold), new Inline("very", InlineStyle.Bold | InlineStyle.Italic), new Inline(" good", InlineStyle.Bold)],
            Inlines("**very *very* good**"));
    }

    [Fact]
    public void Given_html_tags_When_read_Then_they_are_kept_as_literal_text()
    {
        Assert.Equal([new Inline("Say <b>hi</b> to <script>x</script>")], Inlines("Say <b>hi</b> to <script>x</script>"));
    }

    [Fact]
    public void Given_template_braces_When_read_Then_they_are_kept_as_literal_text()
    {
        Assert.Equal([new Inline("Hello {{ x }} and {% if y %}")], Inlines("Hello {{ x }} and {% if y %}"));
    }

    [Fact]
    public void Given_a_link_When_read_Then_its_text_keeps_the_address()
    {
        Assert.Equal([new Inline("Visit "), new Inline("the park", Link: "https://example.org/park")],
            Inlines("Visit [the park](https://example.org/park)"));
    }

    [Fact]
    public void Given_an_autolink_When_read_Then_the_address_is_the_text_and_the_link()
    {
        Assert.Equal([new Inline("https://example.org", Link: "https://example.org")], Inlines("<https://example.org>"));
    }

    [Fact]
    public void Given_an_email_autolink_When_read_Then_it_links_with_mailto()
    {
        Assert.Equal([new Inline("jo@example.org", Link: "mailto:jo@example.org")], Inlines("<jo@example.org>"));
    }

    [Fact]
    public void Given_entities_When_read_Then_they_are_decoded()
    {
        Assert.Equal([new Inline("Tom & Jerry © 2020 <3")], Inlines("Tom &amp; Jerry &copy; 2020 &lt;3"));
    }

    [Fact]
    public void Given_inline_code_When_read_Then_its_text_is_printed()
    {
        Assert.Equal([new Inline("Type ls -la now")], Inlines("Type `ls -la` now"));
    }

    [Fact]
    public void Given_underscores_inside_a_word_When_read_Then_they_stay_literal()
    {
        Assert.Equal([new Inline("snake_case_name")], Inlines("snake_case_name"));
    }

    [Fact]
    public void Given_an_image_inside_running_text_When_read_Then_its_description_is_printed()
    {
        Assert.Equal([new Inline("Look at the dog here")], Inlines("Look at ![the dog](dog.jpg) here"));
    }
}
