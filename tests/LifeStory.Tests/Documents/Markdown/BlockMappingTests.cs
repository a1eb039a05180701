using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class BlockMappingTests
{
    [Theory]
    [InlineData("# One", 1)]
    [InlineData("## Two", 2)]
    [InlineData("###### Six", 6)]
    [InlineData("Setext one\n==========", 1)]
    [InlineData("Setext two\n----------", 2)]
    public void Given_a_heading_When_read_Then_it_maps_to_a_heading_of_that_level(string markdown, int level)
    {
        var heading = Assert.IsType<HeadingBlock>(Assert.Single(Blocks(markdown)));

        Assert.Equal(level, heading.Level);
        Assert.DoesNotContain('#', Plain(heading.Inlines));
    }

    [Fact]
    public void Given_two_paragraphs_When_read_Then_each_is_a_paragraph_with_soft_breaks_as_spaces()
    {
        var blocks = Blocks("First line\nstill first.\n\nSecond.");

        Assert.Collection(blocks,
            b => Assert.Equal("First line still first.", Plain(Assert.IsType<ParagraphBlock>(b).Inlines)),
            b => Assert.Equal("Second.", Plain(Assert.IsType<ParagraphBlock>(b).Inlines)));
    }

    [Fact]
    public void Given_a_hard_break_When_read_Then_it_becomes_a_newline()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("Roses are red,  \nviolets are blue\\\nand so are you")));

        Assert.Equal("Roses are red,\nviolets are blue\nand so are you", Plain(paragraph.Inlines));
    }

    [Fact]
    public void Given_an_ordered_list_with_a_start_When_read_Then_the_list_is_ordered_and_starts_there()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("3. three\n4. four\n5. five")));

        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(["three", "four", "five"], list.Items.Select(i => Plain(Assert.IsType<ParagraphBlock>(Assert.Single(i)).Inlines)));
    }

    [Fact]
    public void Given_a_bulleted_list_When_read_Then_it_is_unordered_from_one()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("- a\n- b")));

        Assert.False(list.Ordered);
        Assert.Equal(1, list.Start);
        Assert.Equal(2, list.Items.Count);
    }

    [Fact]
    public void Given_a_nested_list_When_read_Then_the_inner_list_is_inside_the_outer_item()
    {
        var outer = Assert.IsType<ListBlock>(Assert.Single(Blocks("- fruit\n  - apple\n  - pear\n- bread")));

        Assert.Equal(2, outer.Items.Count);
        Assert.Collection(outer.Items[0],
            b => Assert.Equal("fruit", Plain(Assert.IsType<ParagraphBlock>(b).Inlines)),
            b => Assert.Equal(2, Assert.IsType<ListBlock>(b).Items.Count));
    }

    [Fact]
    public void Given_a_block_quote_When_read_Then_it_holds_its_paragraphs()
    {
        var quote = Assert.IsType<QuoteBlock>(Assert.Single(Blocks("> I like the swings.\n>\n> And the slide.")));

        Assert.Equal(["I like the swings.", "And the slide."], quote.Blocks.Select(b => Plain(Assert.IsType<ParagraphBlock>(b).Inlines)));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    public void Given_a_thematic_break_When_read_Then_it_becomes_a_divider(string markdown)
    {
        var blocks = Blocks("Above\n\n" + markdown + "\n\nBelow");

        Assert.Equal(3, blocks.Count);
        Assert.IsType<DividerBlock>(blocks[1]);
    }

    [Fact]
    public void Given_a_fenced_code_block_When_read_Then_its_lines_print_as_a_paragraph()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("```csharp\nvar x = 1;\nvar y = 2;\n```")));

        Assert.Equal("var x = 1;\nvar y = 2;", Plain(paragraph.Inlines));
    }

    [Fact]
    public void Given_an_indented_code_block_When_read_Then_its_text_prints_as_a_paragraph()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Blocks("    line one\n    line two")));

        Assert.Equal("line one\nline two", Plain(paragraph.Inlines));
    }
}
