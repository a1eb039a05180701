using System.Xml.Linq;

namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlFamilyTreeTests : IDisposable
{
    private const string Tree = """
        # My family

        ::: family-tree
        - Grown-ups: Mum Kelly (my birth mum) ![](photos/exif-beach.jpg) | Darren (my birth dad) | Nan (my nan)
        - Children: Leo (my big brother) ![Leo at the beach](photos/gone.jpg) | **Maisie** (me)
        - Looking after me: Jo (my foster carer) | Sam
        :::
        """;

    private readonly PictureFolder _pictures = new();

    public void Dispose() => _pictures.Dispose();

    private static string? Class(XElement element) => element.Attr("class");

    private static List<XElement> People(XElement row) =>
        row.Elements("ul").Single(u => Class(u) == "family-tree-people").Elements("li").ToList();

    [Fact]
    public void Given_a_family_tree_When_written_Then_it_is_a_labelled_figure_with_a_list_of_rows_each_a_label_and_a_list_of_people()
    {
        var main = HtmlPages.Body(Tree, _pictures.Source);

        var figure = main.Elements("figure").Single();
        Assert.Equal("family-tree", Class(figure));
        Assert.Equal("Family tree", figure.Attr("aria-label"));
        var rows = figure.Element("ul")!.Elements("li").ToList();
        Assert.Equal(["Grown-ups", "Children", "Looking after me"],
            rows.Select(r => r.Elements("span").Single(s => Class(s) == "family-tree-label").Value));
        Assert.Equal(["Mum Kelly, Darren, Nan", "Leo, Maisie", "Jo, Sam"],
            rows.Select(r => string.Join(", ", People(r).Select(p => p.Elements().Single(e => Class(e) == "family-tree-name").Value))));
        Assert.Equal("my birth mum", People(rows[0])[0].Elements("span").Single(s => Class(s) == "family-tree-role").Value);
        // A space between name and role, so they are never read (or copied) as one word.
        Assert.Contains("<span class=\"family-tree-name\">Darren</span> <span class=\"family-tree-role\">my birth dad</span>",
            HtmlPages.Write(Tree, _pictures.Source), StringComparison.Ordinal);
        Assert.DoesNotContain(People(rows[2])[1].Elements(), e => Class(e) == "family-tree-role");
    }

    [Fact]
    public void Given_a_person_with_a_picture_When_written_Then_it_is_embedded_with_their_name_as_alt_text()
    {
        var main = HtmlPages.Body(Tree, _pictures.Source);

        var kelly = People(main.Descendants("li").First(li => Class(li) == "family-tree-row"))[0];
        var img = kelly.Elements("img").Single();
        Assert.Equal("Mum Kelly", img.Attr("alt"));
        Assert.StartsWith("data:image/", img.Attr("src"), StringComparison.Ordinal);
        Assert.True(int.Parse(img.Attr("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.DoesNotContain("exif-beach", main.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_people_without_a_usable_picture_When_written_Then_they_get_their_initial_hidden_from_screen_readers()
    {
        var main = HtmlPages.Body(Tree, _pictures.Source);

        var people = main.Descendants("li").Where(li => Class(li)?.StartsWith("family-tree-person", StringComparison.Ordinal) == true).ToList();
        Assert.Single(people, p => p.Elements("img").Any());
        var initials = people.Select(p => p.Elements("span").SingleOrDefault(s => Class(s)?.StartsWith("family-tree-initial", StringComparison.Ordinal) == true)).ToList();
        Assert.Equal([null, "D", "N", "L", "M", "J", "S"], initials.Select(i => i?.Value));
        Assert.All(initials.OfType<XElement>(), i => Assert.Equal("true", i.Attr("aria-hidden")));
        // Leo's picture is missing: his circle is marked so, but no file name or alt text leaks into the page.
        Assert.Equal("family-tree-initial family-tree-missing", Class(initials[3]!));
        Assert.Equal("family-tree-initial", Class(initials[1]!));
        Assert.DoesNotContain("gone.jpg", main.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Leo at the beach", main.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_child_When_written_Then_their_name_is_strong_and_their_card_marked()
    {
        var main = HtmlPages.Body(Tree, _pictures.Source);

        var child = main.Descendants("li").Single(li => Class(li) == "family-tree-person family-tree-child");
        Assert.Equal("Maisie", child.Element("strong")!.Value);
        Assert.Equal("family-tree-name", Class(child.Element("strong")!));
        Assert.Single(main.Descendants("strong"));
    }

    [Fact]
    public void Given_text_that_looks_like_html_When_written_Then_it_is_escaped_and_other_content_follows_the_tree()
    {
        var html = HtmlPages.Write("::: family-tree\nOur family.\n\n- <b>Grown</b>: Mum \\<Kelly\\> & co (\"the best\") | Dad's\n:::\n\nAfter.");
        var main = HtmlPages.Parse(html).Root!.Element("body")!.Element("main")!;

        Assert.Equal(["figure", "p", "p"], main.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Our family.", main.Elements("p").First().Value);
        var row = main.Descendants("li").First(li => Class(li) == "family-tree-row");
        Assert.Equal("<b>Grown</b>", row.Elements("span").Single().Value);
        Assert.Equal(["Mum <Kelly> & co", "Dad's"], People(row).Select(p => p.Elements("span").Single(s => Class(s) == "family-tree-name").Value));
        Assert.Equal("\"the best\"", People(row)[0].Elements("span").Single(s => Class(s) == "family-tree-role").Value);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: family-tree\n:::")]
    [InlineData("::: family-tree\n- no colon\n- Nobody:\n:::")]
    public void Given_a_family_tree_with_no_people_When_written_Then_there_is_no_figure(string markdown)
    {
        var main = HtmlPages.Body(markdown);

        Assert.Empty(main.Descendants("figure"));
        Assert.Empty(main.Descendants("li"));
    }

    [Fact]
    public void Given_a_family_tree_When_written_Then_the_style_sheet_draws_the_cards()
    {
        var html = HtmlPages.Write(Tree, _pictures.Source);

        Assert.Contains(".family-tree-person {", html, StringComparison.Ordinal);
        Assert.Contains(".family-tree-child {", html, StringComparison.Ordinal);
    }
}
