namespace LifeStory.Tests.Documents.Rendering.Html;

public sealed class HtmlContainerTests : IDisposable
{
    private readonly PictureFolder _pictures = new();

    public void Dispose() => _pictures.Dispose();

    [Fact]
    public void Given_a_cover_When_written_Then_it_is_a_header_with_the_title_picture_and_subtitle()
    {
        var main = HtmlPages.Body("::: cover\n# Maisie's Story\n\n![Cake](photos/exif-beach.jpg \"My cake\")\n\nMade with love for Maisie\n:::\n\n# All about me", _pictures.Source);

        var cover = main.Elements("header").Single();
        Assert.Equal("cover", cover.Attr("class"));
        Assert.Equal("Maisie's Story", cover.Element("h1")!.Value);
        Assert.Equal("My cake", cover.Element("figure")!.Element("figcaption")!.Value);
        var subtitle = cover.Elements("p").Single();
        Assert.Equal("subtitle", subtitle.Attr("class"));
        Assert.Equal("Made with love for Maisie", subtitle.Value);
    }

    [Fact]
    public void Given_a_page_break_When_written_Then_it_is_an_empty_hidden_div()
    {
        var main = HtmlPages.Body("Before\n\n::: pagebreak\n:::\n\nAfter");

        var div = main.Elements("div").Single();
        Assert.Equal("page-break", div.Attr("class"));
        Assert.Equal("true", div.Attr("aria-hidden"));
        Assert.Empty(div.Nodes());
    }

    [Fact]
    public void Given_a_panel_When_written_Then_it_is_a_section_labelled_by_its_title_heading()
    {
        var main = HtmlPages.Body("# Chapter\n\n::: panel Things I like\n- Pancakes\n- Rabbits\n:::");

        var section = main.Elements("section").Single();
        Assert.Equal("panel", section.Attr("class"));
        var heading = section.Element("h2")!;
        Assert.Equal("Things I like", heading.Value);
        Assert.Equal(heading.Attr("id"), section.Attr("aria-labelledby"));
        Assert.Equal(["Pancakes", "Rabbits"], section.Descendants("li").Select(li => li.Text()));
    }

    [Fact]
    public void Given_toned_panels_under_a_level_2_heading_When_written_Then_their_titles_are_level_3_with_the_tone_as_a_class()
    {
        var main = HtmlPages.Body("# A\n\n## B\n\n::: panel.warm Warm words\nHi\n:::\n\n::: panel.cool Cool words\nHo\n:::\n\n::: panel\nNo title\n:::");

        var sections = main.Elements("section").ToList();
        Assert.Equal(["panel panel-warm", "panel panel-cool", "panel"], sections.Select(s => s.Attr("class")));
        Assert.Equal(["Warm words", "Cool words"], sections.Take(2).Select(s => s.Element("h3")!.Value));
        Assert.Null(sections[2].Attr("aria-labelledby"));
        Assert.DoesNotContain(sections[2].Elements(), e => e.Name.LocalName.StartsWith('h'));
    }

    [Fact]
    public void Given_photos_When_written_Then_they_are_a_grid_of_figures()
    {
        var main = HtmlPages.Body("::: photos\n![One](photos/exif-beach.jpg)\n![Two](drawings/see-through.png)\n\n![Three](photos/missing.jpg)\n:::", _pictures.Source);

        var grid = main.Elements("div").Single(d => d.Attr("class") == "photo-grid");
        Assert.Equal(["One", "Two"], grid.Elements("figure").Select(f => f.Element("img")!.Attr("alt")));
        Assert.Single(grid.Elements("p"), p => p.Attr("class") == "picture-missing");
    }

    [Fact]
    public void Given_beside_When_written_Then_the_picture_and_the_text_are_two_columns()
    {
        var main = HtmlPages.Body("::: beside\n![Leo](photos/exif-beach.jpg)\n\nLeo is my big brother.\n\nHe is good at football.\n:::", _pictures.Source);

        var beside = main.Elements("div").Single(d => d.Attr("class") == "beside");
        var columns = beside.Elements("div").ToList();
        Assert.Equal(["beside-picture", "beside-text"], columns.Select(c => c.Attr("class")));
        Assert.Single(columns[0].Elements("figure"));
        Assert.Equal(2, columns[1].Elements("p").Count());
    }

    [Fact]
    public void Given_a_scale_When_written_Then_a_table_gives_every_score_and_the_caption_says_what_both_ends_mean()
    {
        var main = HtmlPages.Body("::: scale\nHow safe is home?\n0: not safe at all\n10: completely safe\n\n- Maisie: 8\n- Mum Kelly: **5**\n- Priya (social worker): 6.5\n:::");

        var figure = main.Elements("figure").Single();
        Assert.Equal("scale", figure.Attr("class"));
        var table = figure.Element("table")!;
        var caption = table.Element("caption")!.Value;
        Assert.Contains("How safe is home?", caption);
        Assert.Contains("0 means “not safe at all”", caption);
        Assert.Contains("10 means “completely safe”", caption);
        Assert.All(table.Element("thead")!.Descendants("th"), th => Assert.Equal("col", th.Attr("scope")));
        var rows = table.Element("tbody")!.Elements("tr")
            .Select(tr => (tr.Element("th")!.Value, tr.Element("td")!.Descendants("span").Single(s => s.Attr("class") == "scale-number").Value)).ToList();
        Assert.Equal([("Maisie", "8"), ("Mum Kelly", "5"), ("Priya (social worker)", "6.5")], rows);
        var bars = table.Descendants("span").Where(s => s.Attr("class") == "scale-bar").ToList();
        Assert.Equal(3, bars.Count);
        Assert.All(bars, bar => Assert.Equal("true", bar.Attr("aria-hidden")));
        Assert.Equal("scale-fill s16", bars[0].Element("span")!.Attr("class"));
        Assert.Equal("scale-fill s13", bars[2].Element("span")!.Attr("class"));
    }

    [Fact]
    public void Given_a_scale_without_scores_When_written_Then_its_text_is_kept()
    {
        var main = HtmlPages.Body("::: scale\n0: bad\n10: good\n:::");

        Assert.Empty(main.All("table"));
        Assert.Contains("0: bad", main.Text());
    }

    [Fact]
    public void Given_a_timeline_When_written_Then_it_is_an_ordered_list_with_time_elements()
    {
        var main = HtmlPages.Body("::: timeline\n- 12 June 2019: Maisie was *born*\n- March 2021: Moving to Auntie Bev's\n- around May 2020: First steps\n- 2023-09-06: School\n- Summer: Paddling\n- No date here\n:::");

        var list = main.Elements("ol").Single();
        Assert.Equal("timeline", list.Attr("class"));
        var items = list.Elements("li").ToList();
        Assert.Equal(6, items.Count);
        var times = items.Take(4).Select(li => li.Element("time")!).ToList();
        Assert.Equal(["12 June 2019", "March 2021", "around May 2020", "2023-09-06"], times.Select(t => t.Value));
        Assert.Equal(["2019-06-12", "2021-03", "2020-05", "2023-09-06"], times.Select(t => t.Attr("datetime")));
        Assert.Equal("Maisie was born", items[0].Elements("span").Single(s => s.Attr("class") == "timeline-text").Text());
        Assert.Equal("born", items[0].Descendants("em").Single().Value);
        Assert.Null(items[4].Element("time"));
        Assert.Equal("Summer", items[4].Elements("span").Single(s => s.Attr("class") == "timeline-date").Value);
        Assert.Null(items[5].Element("time"));
        Assert.Equal("No date here", items[5].Text());
    }

    [Fact]
    public void Given_contents_When_written_Then_a_navigation_list_links_to_every_chapter_id()
    {
        var main = HtmlPages.Body("::: cover\n# The book\n:::\n\n::: contents What is in this book\n:::\n\n# All about me\n\n## Not a chapter\n\n# When I was born");

        var nav = main.Elements("nav").Single();
        Assert.Equal("What is in this book", nav.Attr("aria-label"));
        var links = nav.Descendants("a").ToList();
        Assert.Equal(["All about me", "When I was born"], links.Select(a => a.Value));
        var ids = main.Descendants("h1").Select(h => h.Attr("id")).ToHashSet();
        Assert.All(links, a => Assert.Contains(a.Attr("href")!.TrimStart('#'), ids));
        Assert.All(links, a => Assert.StartsWith("#", a.Attr("href")));
    }

    [Fact]
    public void Given_an_unknown_container_When_written_Then_its_content_is_kept_in_a_div()
    {
        var main = HtmlPages.Body("::: sparkles\nShiny words\n:::");

        Assert.Equal("Shiny words", main.Elements("div").Single().Element("p")!.Value);
    }

    [Fact]
    public void Given_a_quote_When_written_Then_it_is_a_speech_blockquote()
    {
        var main = HtmlPages.Body("> Leo is the best big brother.");

        var quote = main.Elements("blockquote").Single();
        Assert.Equal("speech", quote.Attr("class"));
        Assert.Equal("Leo is the best big brother.", quote.Text());
    }

    [Fact]
    public void Given_a_pipe_table_When_written_Then_it_has_a_head_with_column_headers_and_a_body()
    {
        var main = HtmlPages.Body("| Who | When |\n|---|--:|\n| Nan | monthly |\n| Mum | 3 times a year |");

        var table = main.Elements("table").Single();
        var headers = table.Element("thead")!.Descendants("th").ToList();
        Assert.Equal(["Who", "When"], headers.Select(th => th.Value));
        Assert.All(headers, th => Assert.Equal("col", th.Attr("scope")));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("align-right", rows[0].Elements("td").Last().Attr("class"));
    }
}
