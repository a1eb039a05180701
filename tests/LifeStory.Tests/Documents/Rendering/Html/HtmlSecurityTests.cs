using System.Xml.Linq;

namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlSecurityTests
{
    [Fact]
    public void Given_typed_script_When_written_Then_it_is_printed_as_text_and_no_script_element_exists()
    {
        var html = HtmlPages.Write("Hello <script>alert(1)</script> there\n\n<script>\nalert(2)\n</script>\n\n<img src=x onerror=alert(3)>");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        var main = HtmlPages.Parse(html).Root!.Element("body")!.Element("main")!;
        Assert.DoesNotContain(main.Descendants(), e => e.Name.LocalName is "script" or "iframe" or "object");
        Assert.Contains("<script>alert(1)</script>", main.Value);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html,hi)")]
    [InlineData("[click](photos/secret.jpg)")]
    [InlineData("<javascript:alert(1)>")]
    public void Given_an_unsafe_link_When_written_Then_it_is_text_and_not_a_link(string markdown)
    {
        var main = HtmlPages.Body(markdown);

        Assert.Empty(main.All("a"));
        Assert.DoesNotContain(main.DescendantsAndSelf().Attributes(), a => a.Value.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_safe_links_When_written_Then_they_are_links_with_encoded_addresses()
    {
        var main = HtmlPages.Body("[Childline](https://www.childline.org.uk/?a=1&b=\"2\") and <mailto:help@example.org> and [call](tel:08001111)");

        var hrefs = main.All("a").Select(a => a.Attr("href")).ToList();
        Assert.Equal(3, hrefs.Count);
        Assert.StartsWith("https://www.childline.org.uk/?a=1&b=", hrefs[0]);
        Assert.Equal("mailto:help@example.org", hrefs[1]);
        Assert.Equal("tel:08001111", hrefs[2]);
    }

    [Fact]
    public void Given_generic_attributes_on_any_block_When_written_Then_only_safe_classes_survive()
    {
        var main = HtmlPages.Body("# Title {#evil onclick=alert(1) style=\"color:red\" .ok-name .Not_OK}\n\nText {onmouseover=alert(2) .fine}\n\n::: panel Note {onclick=x}\nInside\n:::");

        var attributes = main.DescendantsAndSelf().Attributes().ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "style");
        Assert.DoesNotContain(main.Descendants(), e => e.Attr("id") == "evil");
        Assert.Equal("ok-name", main.All("h1").Single().Attr("class"));
        Assert.Equal("title", main.All("h1").Single().Attr("id"));
    }

    [Fact]
    public void Given_quotes_in_a_title_and_caption_When_written_Then_attribute_values_are_encoded()
    {
        var html = HtmlPages.Write("[x](https://example.org \"a \\\"quoted\\\" <b>title</b>\")\n\n![Say \"hi\" & <wave>](nowhere.jpg)\n\n::: panel \"Quoted\" <b>panel</b>\ntext\n:::", title: "A \"title\" <b>");

        var document = HtmlPages.Parse(html);
        Assert.Equal("A \"title\" <b>", document.Root!.Element("head")!.Element("title")!.Value);
        Assert.Equal("a \"quoted\" <b>title</b>", document.Descendants("a").Single().Attr("title"));
        Assert.Contains("Say \"hi\" & <wave>", document.Descendants("p").Single(p => p.Attr("class") == "picture-missing").Value);
        Assert.Equal("\"Quoted\" <b>panel</b>", document.Descendants("h2").Single().Value);
        Assert.Empty(document.Descendants("b"));
    }

    [Fact]
    public void Given_no_content_When_written_Then_the_page_has_no_script_and_no_inline_style_attributes()
    {
        var html = HtmlPages.Write("::: scale\n0: a\n10: b\n\n- Mum: 4\n:::\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", string.Concat(HtmlPages.Parse(html).Descendants().Attributes().Select(a => " " + a.Name.LocalName)));
    }
}
