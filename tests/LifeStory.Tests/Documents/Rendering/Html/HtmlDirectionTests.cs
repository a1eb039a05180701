using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Themes;
using LifeStory.Tests.Documents.Layout;

namespace LifeStory.Tests.Documents.Rendering.Html;

/// <summary>
/// The accessible rendition says which way it reads: <c>lang</c> and <c>dir</c> on <c>html</c> from the
/// document, and on every paragraph, heading, list item, quote and table cell written wholly in another script
/// than the page's. Read back with a real HTML5 parser.
/// </summary>
public sealed class HtmlDirectionTests
{
    private static readonly DocumentInfo Arabic = new("كتابي") { Language = "ar", RightToLeft = true };

    private static IDocument Write(string markdown, DocumentInfo info, string? language = null) =>
        new HtmlParser().ParseDocument(HtmlWriter.Write(markdown, info, Theme.Book, NoPictures.Instance, language, embedFonts: false));

    [Fact]
    public void Given_a_right_to_left_document_in_arabic_When_written_with_no_language_given_Then_the_page_is_arabic_and_runs_right_to_left()
    {
        var page = Write("# أين أعيش", Arabic);

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        // Arabic on an Arabic page needs no mark of its own.
        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("main span[lang]"));
    }

    [Fact]
    public void Given_a_right_to_left_document_in_a_language_the_writer_does_not_know_When_written_Then_the_page_still_runs_right_to_left()
    {
        var page = Write("شعر", new DocumentInfo("t") { Language = "bal", RightToLeft = true });

        Assert.Equal("bal", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void Given_an_english_document_When_written_Then_the_page_says_it_runs_left_to_right()
    {
        var page = Write("# Hello", new DocumentInfo("t"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void Given_an_english_paragraph_heading_list_item_quote_and_table_cell_in_an_arabic_document_When_written_Then_each_is_marked_left_to_right()
    {
        var page = Write("""
            # My week

            أحب السباحة.

            Sam says hello.

            - Swimming
            - السباحة

            > I love my new home.

            | اليوم | What we do |
            |-------|------------|
            | الاثنين | Painting |
            """, Arabic);

        var marked = page.QuerySelectorAll("main [dir]").Select(e => (e.LocalName, e.TextContent.Trim(), e.GetAttribute("lang"), e.GetAttribute("dir")));
        Assert.Equal(
        [
            ("h1", "My week", "und-Latn", "ltr"), ("p", "Sam says hello.", "und-Latn", "ltr"), ("li", "Swimming", "und-Latn", "ltr"),
            ("p", "I love my new home.", "und-Latn", "ltr"), ("th", "What we do", "und-Latn", "ltr"), ("td", "Painting", "und-Latn", "ltr"),
        ], marked);
        Assert.Single(page.QuerySelectorAll("blockquote > p[dir=ltr]"));
    }

    [Fact]
    public void Given_paragraphs_opening_in_arabic_in_an_english_document_When_written_Then_they_are_marked_arabic_right_to_left_as_the_pdf_lays_them_out()
    {
        var page = Write("""
            مرحبا بك في بيتك.

            My friend مريم lives next door.
            """, new DocumentInfo("t"));

        var paragraphs = page.QuerySelectorAll("main p").ToList();
        Assert.Equal(("ar", "rtl"), (paragraphs[0].GetAttribute("lang"), paragraphs[0].GetAttribute("dir")));
        Assert.Empty(paragraphs[0].QuerySelectorAll("span"));
        // An English sentence with an Arabic name in it stays English; the name is marked as a run.
        Assert.Null(paragraphs[1].GetAttribute("dir"));
        Assert.Equal("rtl", paragraphs[1].QuerySelector("span[lang=ar]")!.GetAttribute("dir"));
    }

    [Fact]
    public void Given_an_arabic_document_When_a_paragraph_opens_with_an_english_name_Then_it_is_still_arabic()
    {
        var page = Write("Sam يحب كرة القدم.", Arabic);

        var paragraph = page.QuerySelector("main p")!;
        Assert.Null(paragraph.GetAttribute("dir"));
        var name = Assert.Single(paragraph.QuerySelectorAll("span[lang]"));
        Assert.Equal(("Sam", "ltr"), (name.TextContent, name.GetAttribute("dir")));
    }

    [Fact]
    public void Given_an_english_name_inside_an_arabic_paragraph_of_an_english_book_When_written_Then_the_paragraph_is_arabic_and_the_name_english_again()
    {
        var page = Write("مرحبا Sam Smith في بيتك.", new DocumentInfo("t"), "en-GB");

        var paragraph = page.QuerySelector("main p")!;
        Assert.Equal(("ar", "rtl"), (paragraph.GetAttribute("lang"), paragraph.GetAttribute("dir")));
        var name = Assert.Single(paragraph.QuerySelectorAll("span[lang]"));
        Assert.Equal(("Sam Smith", "en-GB", "ltr"), (name.TextContent, name.GetAttribute("lang"), name.GetAttribute("dir")));
    }
}
