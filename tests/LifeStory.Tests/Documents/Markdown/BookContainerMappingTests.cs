using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class BookContainerMappingTests
{
    [Fact]
    public void Given_a_panel_with_a_title_When_read_Then_it_is_an_accent_panel_holding_its_content()
    {
        var panel = Assert.IsType<PanelBlock>(Assert.Single(Blocks("::: panel What is going well\nMaisie reads every night.\n:::")));

        Assert.Equal("What is going well", panel.Title);
        Assert.Equal(PanelTone.Accent, panel.Tone);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(panel.Blocks));
        Assert.Equal("Maisie reads every night.", Plain(paragraph.Inlines));
    }

    [Theory]
    [InlineData("panel.warm", PanelTone.Warm)]
    [InlineData("panel.cool", PanelTone.Cool)]
    [InlineData("PANEL.WARM", PanelTone.Warm)]
    public void Given_a_toned_panel_When_read_Then_it_carries_its_tone_and_title(string kind, PanelTone tone)
    {
        var panel = Assert.IsType<PanelBlock>(Assert.Single(Blocks($"::: {kind} Worries\nBedtime is hard.\n:::")));

        Assert.Equal("Worries", panel.Title);
        Assert.Equal(tone, panel.Tone);
        Assert.Equal("Bedtime is hard.", Plain(Assert.IsType<ParagraphBlock>(Assert.Single(panel.Blocks)).Inlines));
    }

    [Fact]
    public void Given_a_panel_without_a_title_When_read_Then_its_title_is_null()
    {
        var panel = Assert.IsType<PanelBlock>(Assert.Single(Blocks("::: panel\nJust words.\n:::")));

        Assert.Null(panel.Title);
        Assert.Single(panel.Blocks);
    }

    [Fact]
    public void Given_photos_with_three_images_When_read_Then_it_is_one_grid_of_three_captioned_pictures()
    {
        var grid = Assert.IsType<PictureGridBlock>(Assert.Single(Blocks(
            "::: photos\n![Beach](beach.jpg) ![Park](park.jpg \"At the park\")\n![](cat.png)\n:::")));

        Assert.Equal(["beach.jpg", "park.jpg", "cat.png"], grid.Pictures.Select(p => p.Source));
        Assert.Equal(["Beach", "At the park", null], grid.Pictures.Select(p => p.Caption));
    }

    [Fact]
    public void Given_photos_with_words_after_the_pictures_When_read_Then_the_grid_comes_first_and_the_words_follow()
    {
        var blocks = Blocks("::: photos\n![A](a.png) ![B](b.png)\n\nOur summer.\n:::");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(2, Assert.IsType<PictureGridBlock>(blocks[0]).Pictures.Count);
        Assert.Equal("Our summer.", Plain(Assert.IsType<ParagraphBlock>(blocks[1]).Inlines));
    }

    [Fact]
    public void Given_beside_with_a_picture_and_words_When_read_Then_the_picture_sits_beside_the_words()
    {
        var beside = Assert.IsType<BesideBlock>(Assert.Single(Blocks(
            "::: beside\n![Me at five](me.jpg){.bw}\n\nI like swimming.\n\nAnd painting.\n:::")));

        Assert.NotNull(beside.Picture);
        Assert.Equal("me.jpg", beside.Picture.Source);
        Assert.Equal("Me at five", beside.Picture.Caption);
        Assert.True(beside.Picture.Style.BlackAndWhite);
        Assert.Equal(["I like swimming.", "And painting."], beside.Blocks.Select(b => Plain(Assert.IsType<ParagraphBlock>(b).Inlines)));
    }

    [Fact]
    public void Given_beside_without_a_picture_When_read_Then_its_words_are_printed_as_they_are()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("::: beside\nNo picture here.\n:::")));

        Assert.Equal("No picture here.", Plain(paragraph.Inlines));
    }

    [Fact]
    public void Given_a_scale_with_a_question_ends_and_marks_When_read_Then_invalid_scores_are_dropped()
    {
        var scale = Assert.IsType<ScaleBlock>(Assert.Single(Blocks("""
            ::: scale
            How safe do you feel at home? 0: not safe at all 10: completely safe

            - Maisie: 9
            - Jo: 11
            - Sam: x
            - Dad: 0
            - Mum: 10
            - Gran: -1
            - no score here
            :::
            """)));

        Assert.Equal("How safe do you feel at home?", scale.Question);
        Assert.Equal("not safe at all", scale.ZeroMeans);
        Assert.Equal("completely safe", scale.TenMeans);
        Assert.Equal([new ScaleMark("Maisie", 9), new ScaleMark("Dad", 0), new ScaleMark("Mum", 10)], scale.Marks);
    }

    [Fact]
    public void Given_a_scale_whose_ends_are_on_separate_lines_When_read_Then_both_ends_are_found()
    {
        var scale = Assert.IsType<ScaleBlock>(Assert.Single(Blocks("::: scale\nQuestion?\n0: bad\n10: good\n\n- Maisie: 9\n:::")));

        Assert.Equal("Question?", scale.Question);
        Assert.Equal("bad", scale.ZeroMeans);
        Assert.Equal("good", scale.TenMeans);
        Assert.Equal([new ScaleMark("Maisie", 9)], scale.Marks);
    }

    [Fact]
    public void Given_a_timeline_list_When_read_Then_each_item_is_a_dated_entry_in_order()
    {
        var timeline = Assert.IsType<TimelineBlock>(Assert.Single(Blocks("""
            ::: timeline
            - June 2019: born in Leeds
            - 2021: moved to Jo and Sam's house
            - no date here
            - Sept 2024: started school: Year 1
            :::
            """)));

        Assert.Equal(
        [
            new TimelineEntry("June 2019", "born in Leeds"),
            new TimelineEntry("2021", "moved to Jo and Sam's house"),
            new TimelineEntry("Sept 2024", "started school: Year 1"),
        ], timeline.Entries);
    }

    [Fact]
    public void Given_a_contents_container_with_a_title_When_read_Then_it_is_a_contents_block_with_that_title()
    {
        Assert.Equal([new ContentsBlock("What is in my book")], Blocks("::: contents What is in my book\n:::"));
    }

    [Fact]
    public void Given_a_contents_container_without_a_title_When_read_Then_the_title_is_Contents()
    {
        Assert.Equal([new ContentsBlock("Contents")], Blocks("::: contents\n:::"));
    }

    [Fact]
    public void Given_an_easy_read_point_naming_a_picture_When_read_Then_the_drawn_picture_sits_beside_its_lines()
    {
        var point = Assert.IsType<BesideBlock>(Assert.Single(Blocks("::: point calendar\nThe next meeting is on **9 March**.\n\nYou can come.\n:::")));

        Assert.True(point.Point);
        Assert.Null(point.Picture);
        Assert.Equal(LifeStory.Documents.Decorations.Motif.Calendar, point.Motif);
        Assert.Equal(["The next meeting is on 9 March.", "You can come."], point.Blocks.Select(b => Plain(Assert.IsType<ParagraphBlock>(b).Inlines)));
    }

    [Fact]
    public void Given_an_easy_read_point_with_a_photo_When_read_Then_the_photo_wins_without_its_caption()
    {
        var point = Assert.IsType<BesideBlock>(Assert.Single(Blocks("::: point speech\n![Mum at the park](mum.jpg)\n\n**Mum** told us what she thinks.\n:::")));

        Assert.NotNull(point.Picture);
        Assert.Equal("mum.jpg", point.Picture.Source);
        Assert.Null(point.Picture.Caption);
        Assert.Equal(LifeStory.Documents.Decorations.Motif.Speech, point.Motif);
        Assert.Equal("Mum told us what she thinks.", Plain(Assert.IsType<ParagraphBlock>(Assert.Single(point.Blocks)).Inlines));
    }

    [Fact]
    public void Given_a_point_naming_no_picture_and_holding_none_When_read_Then_only_its_words_are_kept()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("::: point unicorns\nWe met.\n:::")));

        Assert.Equal("We met.", Plain(paragraph.Inlines));
    }
}
