using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class PictureAndContainerTests
{
    [Fact]
    public void Given_an_image_alone_with_a_title_When_read_Then_it_is_a_picture_captioned_by_the_title()
    {
        Assert.Equal([new PictureBlock("photos/beach.jpg", "At the beach")],
            Blocks("![sand and sea](photos/beach.jpg \"At the beach\")"));
    }

    [Fact]
    public void Given_an_image_alone_without_a_title_When_read_Then_the_alt_text_is_the_caption()
    {
        Assert.Equal([new PictureBlock("photos/beach.jpg", "Sand and sea")], Blocks("![Sand and sea](photos/beach.jpg)"));
    }

    [Fact]
    public void Given_an_image_with_no_alt_or_title_When_read_Then_it_has_no_caption()
    {
        Assert.Equal([new PictureBlock("a.png")], Blocks("![](a.png)"));
    }

    [Fact]
    public void Given_two_images_alone_in_a_paragraph_When_read_Then_each_is_a_picture()
    {
        Assert.Equal([new PictureBlock("a.png", "A"), new PictureBlock("b.png", "B")], Blocks("![A](a.png)\n![B](b.png)"));
    }

    [Fact]
    public void Given_a_cover_container_When_read_Then_it_becomes_a_cover_with_title_subtitle_and_picture()
    {
        var blocks = Blocks("::: cover\n# Maisie's Story\n\n![Me](photos/me.jpg)\n\nAll about me\n:::\n\nAfter.");

        Assert.Equal(new CoverBlock("Maisie's Story", "All about me", "photos/me.jpg"), blocks[0]);
        Assert.IsType<ParagraphBlock>(Assert.Single(blocks.Skip(1)));
    }

    [Fact]
    public void Given_a_cover_with_only_a_captioned_picture_When_read_Then_the_caption_is_the_subtitle()
    {
        Assert.Equal([new CoverBlock("Yusuf", "Me at five", "me.jpg")], Blocks("::: cover\n# Yusuf\n\n![Me at five](me.jpg)\n:::"));
    }

    [Fact]
    public void Given_a_pagebreak_container_When_read_Then_it_becomes_a_page_break()
    {
        var blocks = Blocks("Before\n\n::: pagebreak\n:::\n\nAfter");

        Assert.Equal(3, blocks.Count);
        Assert.IsType<PageBreakBlock>(blocks[1]);
    }

    [Fact]
    public void Given_an_unknown_container_When_read_Then_its_content_is_printed()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("::: mystery\nInside text\n:::")));

        Assert.Equal("Inside text", Plain(paragraph.Inlines));
    }
}
