namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlHeadingTests
{
    [Fact]
    public void Given_nested_headings_When_written_Then_the_levels_and_order_are_as_in_the_markdown()
    {
        var main = HtmlPages.Body("# One\n\ntext\n\n## One a\n\n### One a i\n\n# Two\n\n## Two a\n\n#### Deep");

        var headings = main.Descendants().Where(e => e.Name.LocalName is ['h', >= '1' and <= '6']).Select(e => (e.Name.LocalName, e.Text())).ToList();

        Assert.Equal([("h1", "One"), ("h2", "One a"), ("h3", "One a i"), ("h1", "Two"), ("h2", "Two a"), ("h4", "Deep")], headings);
    }

    [Fact]
    public void Given_level_1_headings_with_the_same_words_When_written_Then_each_has_its_own_readable_id_in_its_own_script()
    {
        var main = HtmlPages.Body("# All about me\n\n# All about me\n\n# Café & friends!\n\n# ليلى");

        var ids = main.All("h1").Select(h => h.Attr("id")).ToList();

        Assert.Equal(["all-about-me", "all-about-me-2", "café-friends", "ليلى"], ids);
    }

    [Fact]
    public void Given_emphasis_and_a_list_When_written_Then_they_are_ordinary_html()
    {
        var main = HtmlPages.Body("Some **bold** and *soft* words.\n\n- one\n- two\n\n1. first\n2. second");

        Assert.Equal("bold", main.All("strong").Single().Value);
        Assert.Equal("soft", main.All("em").Single().Value);
        Assert.Equal(["one", "two"], main.All("ul").Single().Elements("li").Select(li => li.Text()));
        Assert.Equal(2, main.All("ol").Single().Elements("li").Count());
    }

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void Given_quotes_nested_very_deep_When_written_Then_the_page_is_still_whole_and_the_words_are_kept(int depth)
    {
        var main = HtmlPages.Body(string.Concat(Enumerable.Repeat("> ", depth)) + "deep <b>words</b>\n\n# After");

        Assert.Contains("deep <b>words</b>", main.Value);
        Assert.DoesNotContain(main.Descendants(), e => e.Name.LocalName == "b");
    }
}
