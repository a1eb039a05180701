using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering.Html;
using LifeStory.Documents.Themes;
using LifeStory.Output;
using LifeStory.Pipeline;
using LifeStory.Tests.Cases;
using LifeStory.Tests.Documents.Layout;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Documents.Rendering.Html;

/// <summary>
/// Text in another language carries <c>lang</c> and <c>dir</c>, so a screen reader reads Arabic as Arabic:
/// every run in another script than the page's, and whole paragraphs the case says are in the child's first
/// language even when they share the page's script (Polish). Read back with a real HTML5 parser.
/// </summary>
public sealed class HtmlLanguageTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Given_yusufs_book_When_written_as_html_Then_every_arabic_letter_is_read_as_arabic_from_right_to_left()
    {
        var document = SampleHtml("yusuf", Product.Book);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        var arabic = TextNodes(document).Where(t => t.Data.Any(IsArabic)).ToList();
        // His name in Arabic and his three sayings, at least.
        Assert.True(arabic.Count >= 4, $"Only {arabic.Count} pieces of Arabic text were found.");
        foreach (var text in arabic)
        {
            Assert.Equal("ar", Closest(text, "lang"));
            Assert.Equal("rtl", Closest(text, "dir"));
        }
        // And nothing English is marked as Arabic.
        foreach (var marked in document.QuerySelectorAll("[lang=ar]"))
            Assert.DoesNotContain(marked.TextContent, char.IsAsciiLetter);
    }

    [Fact]
    public void Given_runs_in_other_scripts_When_written_Then_each_gets_its_own_language_and_direction_and_punctuation_stays_outside()
    {
        var body = Body("""
            # Hello يوسف!

            Say שלום, καλημέρα and привет 2026 to everyone.

            ::: panel Words from home: مرحبا
            - Nan (my nan) | Huda (أختي)
            :::
            """, other: null);

        Assert.Equal(
            [("يوسف", "ar", "rtl"), ("שלום", "he", "rtl"), ("καλημέρα", "el", "ltr"), ("привет", "und-Cyrl", "ltr"), ("مرحبا", "ar", "rtl"), ("أختي", "ar", "rtl")],
            body.QuerySelectorAll("span[lang]").Select(s => (s.TextContent, s.GetAttribute("lang")!, s.GetAttribute("dir")!)));
        Assert.Equal("Hello يوسف!", body.QuerySelector("h1")!.TextContent);
        Assert.EndsWith("</span>!", body.QuerySelector("h1")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_childs_first_language_When_its_script_is_used_Then_runs_take_its_tag_not_the_scripts_guess()
    {
        var body = Body("Mama says привет and Huda says مرحبا.", new OtherLanguage("uk", []));

        Assert.Equal([("привет", "uk"), ("مرحبا", "ar")], body.QuerySelectorAll("span[lang]").Select(s => (s.TextContent, s.GetAttribute("lang")!)));
    }

    [Fact]
    public void Given_words_the_case_says_are_polish_When_written_Then_their_paragraph_is_marked_polish_and_the_translation_is_not()
    {
        var body = Body("""
            These are your own words.

            > Kocham  piłkę nożną
            >
            > *(I love football.)*

            Kocham piłkę nożną, you said once more.
            """, new OtherLanguage("pl", ["Kocham piłkę nożną"]));

        var polish = Assert.Single(body.QuerySelectorAll("[lang]"));
        Assert.Equal("p", polish.LocalName);
        Assert.Equal("pl", polish.GetAttribute("lang"));
        Assert.Equal("Kocham  piłkę nożną", polish.TextContent);
        // Latin letters are the page's own script: no run of them is marked by script.
        Assert.Empty(body.QuerySelectorAll("span[lang]"));
    }

    [Fact]
    public void Given_a_polish_speaking_childs_translated_words_When_the_book_is_written_as_html_Then_they_are_marked_polish()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild.Replace("first_language: English", "first_language: Polish", StringComparison.Ordinal) + """
            my_words:
              - words: Tęsknię za babcią
                translation: I miss my gran.
              - words: I like my school.
            """);
        var document = Html(folder.Path, Product.Book);

        var polish = Assert.Single(document.QuerySelectorAll("[lang=pl]"));
        Assert.Equal("Tęsknię za babcią", polish.TextContent.Trim());
        Assert.DoesNotContain(document.QuerySelectorAll("[lang]").Where(e => e.LocalName != "html"), e => e.TextContent.Contains("I like my school", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_english_speaking_child_When_the_book_is_written_Then_there_is_no_other_language()
    {
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, Repo.Sample("maisie"), Today));

        Assert.Null(composition.OtherLanguage);
    }

    private static IElement Body(string markdown, OtherLanguage? other)
    {
        var html = HtmlWriter.Write(markdown, new DocumentInfo("Test"), Theme.Book, NoPictures.Instance, "en", embedFonts: false, otherLanguage: other);
        return new HtmlParser().ParseDocument(html).QuerySelector("main")!;
    }

    private static IDocument SampleHtml(string sample, Product product) => Html(Repo.Sample(sample), product);

    private static IDocument Html(string folder, Product product)
    {
        using var temp = new TempFolder();
        using var composition = CasePipeline.Compose(new RunRequest(product, folder, Today));
        Assert.NotNull(composition.Pages);
        var file = Assert.Single(Renditions.Write(composition, OutputFormat.Html, temp.File("book.html")));
        return new HtmlParser().ParseDocument(File.ReadAllText(file, Encoding.UTF8));
    }

    private static IEnumerable<IText> TextNodes(IDocument document) =>
        document.Body!.Descendants<IText>().Where(t => t.ParentElement?.LocalName is not ("style" or "script"));

    /// <summary>The attribute as it applies to the text: from its nearest element that has it.</summary>
    private static string? Closest(INode node, string attribute)
    {
        for (var element = node.ParentElement; element is not null; element = element.ParentElement)
            if (element.HasAttribute(attribute)) return element.GetAttribute(attribute);
        return null;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
