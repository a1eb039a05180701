using System.Text.RegularExpressions;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;

namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlDocumentTests
{
    [Fact]
    public void Given_a_title_and_language_When_written_Then_the_page_declares_them_with_charset_viewport_and_main()
    {
        var html = HtmlWriter.Write("# Hello", new DocumentInfo("Maisie's Story & more"), Theme.Book, NoPictures.Instance, "en-GB", embedFonts: false);
        var root = HtmlPages.Parse(html).Root!;

        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal("en-GB", root.Attr("lang"));
        var head = root.Element("head")!;
        Assert.Equal("Maisie's Story & more", head.Element("title")!.Value);
        Assert.Contains(head.Elements("meta"), m => m.Attr("charset") == "utf-8");
        Assert.Contains(head.Elements("meta"), m => m.Attr("name") == "viewport" && m.Attr("content")!.Contains("width=device-width"));
        Assert.Single(root.Element("body")!.Elements("main"));
    }

    [Fact]
    public void Given_an_arabic_language_When_written_Then_the_page_runs_right_to_left()
    {
        var html = HtmlWriter.Write("# مرحبا", new DocumentInfo("t"), Theme.Book, NoPictures.Instance, "ar", embedFonts: false);

        Assert.Equal("rtl", HtmlPages.Parse(html).Root!.Attr("dir"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("en\" onload=\"x")]
    [InlineData("e")]
    public void Given_a_language_that_is_not_a_tag_When_written_Then_it_is_refused(string language) =>
        Assert.Throws<ArgumentException>(() => HtmlWriter.Write("x", new DocumentInfo("t"), Theme.Book, NoPictures.Instance, language, embedFonts: false));

    [Fact]
    public void Given_the_book_theme_When_written_Then_the_css_carries_its_colours_sizes_paper_and_chapter_breaks()
    {
        var css = Style(HtmlPages.Write("# A", theme: Theme.Book));

        Assert.Contains("--paper: #FFFFFF", css);
        Assert.Contains("--text: #2B2D42", css);
        Assert.Contains("--accent: #2A9D8F", css);
        Assert.Contains("--accent-soft: #E6F4F1", css);
        Assert.Contains("font-size: 15pt; line-height: 1.45;", css);
        Assert.Contains("@page { size: A4; margin: 56pt; }", css);
        Assert.Contains("h1 { break-before: page;", css);
        Assert.Matches(@"figure \{[^}]*break-inside: avoid", css);
        Assert.Matches(@"\.page-break \{[^}]*break-after: page", css);
    }

    [Fact]
    public void Given_the_letter_theme_When_written_Then_headings_run_on_and_its_own_margin_and_colours_are_used()
    {
        var css = Style(HtmlPages.Write("# A", theme: Theme.Letter));

        Assert.DoesNotContain("h1 { break-before: page", css);
        // The letter's own margin, whatever the theme sets it to (50pt today), not the book's 56pt.
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"@page {{ size: A4; margin: {Theme.Letter.Margin}pt; }}"), css);
        Assert.NotEqual(Theme.Book.Margin, Theme.Letter.Margin);
        Assert.Contains("--accent: #3D5A80", css);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"font-size: {Theme.Letter.BodySize}pt; line-height: {Theme.Letter.LineHeight};"), css);
    }

    [Fact]
    public void Given_a_custom_paper_size_When_written_Then_the_page_size_is_given_in_points()
    {
        var theme = Theme.Letter with { Page = new PageSize("Odd", 500f, 700.5f) };

        Assert.Contains("@page { size: 500pt 700.5pt;", Style(HtmlPages.Write("x", theme: theme)));
    }

    [Fact]
    public void Given_embedded_fonts_When_written_Then_every_pdf_font_is_a_data_uri_and_arabic_has_a_unicode_range()
    {
        var css = Style(HtmlPages.Write("# A\n\nمريم and ሰላም", embedFonts: true));

        var faces = Regex.Matches(css, "@font-face \\{[^}]*\\}").Select(m => m.Value).ToList();
        Assert.Equal(9, faces.Count);
        Assert.All(faces, face => Assert.Contains("src: url(data:font/ttf;base64,AAEAAA", face));
        Assert.Equal(4, faces.Count(f => f.Contains("\"LifeStory Body\"")));
        Assert.Single(faces, f => f.Contains("\"LifeStory Heading\"") && f.Contains("font-weight: 600"));
        var arabic = faces.Where(f => f.Contains("\"LifeStory Arabic\"")).ToList();
        Assert.Equal(2, arabic.Count);
        Assert.All(arabic, face => Assert.Contains("unicode-range: U+0600-06FF", face));
        var ethiopic = faces.Where(f => f.Contains("\"LifeStory Ethiopic\"")).ToList();
        Assert.Equal(2, ethiopic.Count);
        Assert.All(ethiopic, face => Assert.Contains("unicode-range: U+1200-139F", face));
        Assert.DoesNotMatch(@"url\((?!data:)", css);
    }

    [Fact]
    public void Given_only_latin_text_When_written_Then_the_other_scripts_fonts_are_left_out()
    {
        var css = Style(HtmlPages.Write("# A\n\nPlain English.", embedFonts: true));

        var faces = Regex.Matches(css, "@font-face \\{[^}]*\\}").Select(m => m.Value).ToList();
        Assert.Equal(5, faces.Count);
        Assert.DoesNotContain(faces, f => f.Contains("\"LifeStory Arabic\"") || f.Contains("\"LifeStory Ethiopic\""));
    }

    [Fact]
    public void Given_fonts_not_embedded_When_written_Then_there_are_no_font_faces_but_the_font_stack_remains()
    {
        var css = Style(HtmlPages.Write("# A", embedFonts: false));

        Assert.DoesNotContain("@font-face", css);
        Assert.Contains("font-family: \"LifeStory Digits\", \"LifeStory Body\"", css);
    }

    [Fact]
    public void Given_any_page_When_written_Then_a_content_security_policy_allows_no_script_and_matches_the_style_sheet()
    {
        var html = HtmlPages.Write("# A");
        var head = HtmlPages.Parse(html).Root!.Element("head")!;
        var policy = head.Elements("meta").Single(m => m.Attr("http-equiv") == "Content-Security-Policy").Attr("content")!;

        Assert.StartsWith("default-src 'none';", policy);
        Assert.DoesNotContain("script-src", policy);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Style(html))));
        Assert.Contains($"style-src 'sha256-{hash}'", policy);
    }

    [Fact]
    public void Given_the_same_input_twice_When_written_Then_the_pages_are_identical()
    {
        using var folder = new PictureFolder();
        const string markdown = "::: cover\n# Book\n\n![Beach](photos/exif-beach.jpg)\n\nFor Maisie\n:::\n\n::: contents\n:::\n\n# One\n\n::: scale\n0: bad\n10: good\n\n- Mum: 7\n:::\n\n# Two\n\n![](drawings/see-through.png)";

        var first = HtmlWriter.Write(markdown, new DocumentInfo("Book"), Theme.Book, folder.Source);
        using var other = new PictureFolder();
        var second = HtmlWriter.Write(markdown, new DocumentInfo("Book"), Theme.Book, other.Source);

        Assert.Equal(first, second);
    }

    private static string Style(string html) => HtmlPages.Parse(html).Root!.Element("head")!.Element("style")!.Value;
}
