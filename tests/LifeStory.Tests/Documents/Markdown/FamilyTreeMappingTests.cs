using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class FamilyTreeMappingTests
{
    private const string Maisie = """
        ::: family-tree
        - Grown-ups: Mum Kelly (my birth mum) ![](photos/kelly.jpg) | Darren (my birth dad) | Nan (my nan)
        - Children: Leo (my big brother) ![](photos/leo.jpg) | **Maisie** (me)
        - Looking after me: Jo (my foster carer) | Sam (my foster carer)
        :::
        """;

    private static FamilyTreeBlock Tree(string markdown) => Assert.IsType<FamilyTreeBlock>(Assert.Single(Blocks(markdown)));

    private static FamilyTreePerson Person(string markdown) => Assert.Single(Assert.Single(Tree(markdown).Rows).People);

    [Fact]
    public void Given_three_rows_When_read_Then_each_is_a_row_with_its_label_in_order()
    {
        var tree = Tree(Maisie);

        Assert.Equal(["Grown-ups", "Children", "Looking after me"], tree.Rows.Select(r => r.Label));
        Assert.Equal(["Mum Kelly", "Darren", "Nan"], tree.Rows[0].People.Select(p => p.Name));
        Assert.Equal(["Leo", "Maisie"], tree.Rows[1].People.Select(p => p.Name));
        Assert.Equal(["Jo", "Sam"], tree.Rows[2].People.Select(p => p.Name));
    }

    [Fact]
    public void Given_people_with_roles_and_pictures_When_read_Then_each_person_has_their_own()
    {
        var tree = Tree(Maisie);

        Assert.Equal(new FamilyTreePerson("Mum Kelly", "my birth mum", "photos/kelly.jpg", false), tree.Rows[0].People[0]);
        Assert.Equal(new FamilyTreePerson("Darren", "my birth dad", null, false), tree.Rows[0].People[1]);
        Assert.Equal(new FamilyTreePerson("Leo", "my big brother", "photos/leo.jpg", false), tree.Rows[1].People[0]);
        Assert.Equal(new FamilyTreePerson("Sam", "my foster carer", null, false), tree.Rows[2].People[1]);
    }

    [Fact]
    public void Given_a_bold_name_When_read_Then_only_that_person_is_the_child()
    {
        var tree = Tree(Maisie);

        var child = Assert.Single(tree.Rows.SelectMany(r => r.People), p => p.IsChild);
        Assert.Equal(new FamilyTreePerson("Maisie", "me", null, true), child);
    }

    [Theory]
    [InlineData("- Me: __Maisie__", true)]
    [InlineData("- Me: ***Maisie***", true)]
    [InlineData("- Me: **Maisie (me)**", true)]
    [InlineData("- Me: *Maisie*", false)]
    [InlineData("- Me: Leo (**my** brother)", false)]
    [InlineData("- **Me**: Leo", false)]
    public void Given_emphasis_When_read_Then_only_a_bold_name_marks_the_child(string item, bool isChild)
    {
        Assert.Equal(isChild, Person($"::: family-tree\n{item}\n:::").IsChild);
    }

    [Fact]
    public void Given_a_picture_as_the_templates_write_it_When_read_Then_its_file_is_the_persons_picture_and_the_name_is_unchanged()
    {
        var person = Person("::: family-tree\n- Grown-ups: Kelly (my birth mum) ![Kelly at the park](<photos/my kelly.jpg> \"Kelly at the park\"){.fill}\n:::");

        Assert.Equal(new FamilyTreePerson("Kelly", "my birth mum", "photos/my kelly.jpg", false), person);
    }

    [Fact]
    public void Given_a_picture_before_the_name_and_a_second_picture_When_read_Then_the_first_picture_counts()
    {
        Assert.Equal(new FamilyTreePerson("Leo", null, "a.png", false), Person("::: family-tree\n- Children: ![](a.png) Leo ![](b.png)\n:::"));
    }

    [Fact]
    public void Given_a_picture_with_no_address_When_read_Then_the_person_has_no_picture()
    {
        Assert.Null(Person("::: family-tree\n- Children: Leo ![]()\n:::").Picture);
    }

    [Fact]
    public void Given_escaped_characters_as_case_text_arrives_When_read_Then_they_are_part_of_the_name_and_separate_nothing()
    {
        // MarkdownText.Escape backslash-escapes every punctuation mark a carer types.
        var tree = Tree("::: family-tree\n- Grown\\-ups: Mum \\(Kelly\\) \\| Smith\\: the best (my birth mum \\(Kelly\\)) | Dad\n:::");

        var row = Assert.Single(tree.Rows);
        Assert.Equal("Grown-ups", row.Label);
        Assert.Equal(
            [new FamilyTreePerson("Mum (Kelly) | Smith: the best", "my birth mum (Kelly)", null, false), new FamilyTreePerson("Dad", null, null, false)],
            row.People);
    }

    [Theory]
    [InlineData("Nan (my nan (Dad's mum))", "Nan", "my nan (Dad's mum)")]
    [InlineData("Jo (my carer", "Jo", "my carer")]
    [InlineData("Jo () ", "Jo", null)]
    [InlineData("Jo (my carer) Smith", "Jo Smith", "my carer")]
    [InlineData("  Mum    Kelly  \t (  my   birth mum )  ", "Mum Kelly", "my birth mum")]
    [InlineData("يوسف (أخي)", "يوسف", "أخي")]
    [InlineData("Aunt *Bev* `Smith` (my [aunt](https://example.org))", "Aunt Bev Smith", "my aunt")]
    public void Given_a_person_When_read_Then_the_name_and_role_are_split_at_the_brackets(string written, string name, string? role)
    {
        var person = Person($"::: family-tree\n- Family: {written}\n:::");

        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }

    [Fact]
    public void Given_an_item_with_an_empty_label_When_read_Then_it_is_a_row_without_a_title()
    {
        var row = Assert.Single(Tree("::: family-tree\n- : Jo | Sam\n:::").Rows);

        Assert.Equal("", row.Label);
        Assert.Equal(["Jo", "Sam"], row.People.Select(p => p.Name));
    }

    [Fact]
    public void Given_garbage_lines_When_read_Then_they_are_left_out_and_the_good_rows_kept()
    {
        var tree = Tree("""
            ::: family-tree
            - no colon here at all
            - Nobody:
            - Pipes only: | |  |
            - Brackets only: (me) | ()
            - Mum (my birth mum: Kelly) | Dad
            - Jo | Sam: foster carers
            - ![](photo.jpg): Leo
            -
            - Children: Leo | | **Maisie**
            :::
            """);

        var row = Assert.Single(tree.Rows);
        Assert.Equal("Children", row.Label);
        Assert.Equal(["Leo", "Maisie"], row.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("::: family-tree\n:::")]
    [InlineData("::: family-tree\n- nothing here\n- Nobody:\n:::")]
    [InlineData("::: family-tree")]
    public void Given_a_family_tree_with_no_people_When_read_Then_it_gives_nothing(string markdown)
    {
        Assert.Empty(Blocks(markdown));
    }

    [Fact]
    public void Given_other_content_in_the_container_When_read_Then_it_follows_the_tree()
    {
        var blocks = Blocks("::: family-tree\nThis is my family.\n\n- Children: Leo | **Maisie**\n\nWe love each other.\n:::");

        Assert.Equal(3, blocks.Count);
        Assert.IsType<FamilyTreeBlock>(blocks[0]);
        Assert.Equal(["This is my family.", "We love each other."], blocks.Skip(1).Select(b => Plain(Assert.IsType<ParagraphBlock>(b).Inlines)));
    }

    [Fact]
    public void Given_several_lists_and_an_ordered_list_When_read_Then_every_item_is_a_row()
    {
        var blocks = Blocks("::: Family-Tree\n- Grown-ups: Kelly\n\nAnd then\n\n1. Children: Leo\n2. Now: Jo\n:::");

        Assert.Equal(2, blocks.Count);
        Assert.Equal("And then", Plain(Assert.IsType<ParagraphBlock>(blocks[1]).Inlines));
        var tree = Assert.IsType<FamilyTreeBlock>(blocks[0]);
        Assert.Equal(["Grown-ups", "Children", "Now"], tree.Rows.Select(r => r.Label));
    }

    [Fact]
    public void Given_a_row_written_over_two_lines_When_read_Then_the_line_break_is_a_space()
    {
        var row = Assert.Single(Tree("::: family-tree\n- Grown-ups: Mum\n  Kelly (my birth\n  mum) | Dad\n:::").Rows);

        Assert.Equal([new FamilyTreePerson("Mum Kelly", "my birth mum", null, false), new FamilyTreePerson("Dad", null, null, false)], row.People);
    }
}
