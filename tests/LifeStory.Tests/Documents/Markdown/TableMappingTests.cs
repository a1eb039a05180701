using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class TableMappingTests
{
    private static List<string> Texts(IReadOnlyList<IReadOnlyList<Inline>> row) => row.Select(Plain).ToList();

    [Fact]
    public void Given_a_pipe_table_When_read_Then_the_first_row_is_the_header_and_the_rest_are_rows()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Blocks("""
            | Who | Likes |
            |-----|-------|
            | Maisie | swimming |
            | Jo | **cooking** |
            """)));

        Assert.Equal(["Who", "Likes"], Texts(table.Header));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Maisie", "swimming"], Texts(table.Rows[0]));
        Assert.Equal(["Jo", "cooking"], Texts(table.Rows[1]));
        Assert.Equal(InlineStyle.Bold, Assert.Single(table.Rows[1][1], i => i.Text.Length > 0).Style);
    }

    [Fact]
    public void Given_ragged_rows_When_read_Then_short_rows_are_padded_with_empty_cells()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Blocks("""
            | Name | Age | Likes |
            |------|-----|-------|
            | Maisie | 9 |
            | Jo |
            | Sam | 40 | gardening |
            """)));

        Assert.Equal(["Name", "Age", "Likes"], Texts(table.Header));
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(3, row.Count));
        Assert.Equal(["Maisie", "9", ""], Texts(table.Rows[0]));
        Assert.Empty(table.Rows[0][2]);
        Assert.Equal(["Jo", "", ""], Texts(table.Rows[1]));
        Assert.Equal(["Sam", "40", "gardening"], Texts(table.Rows[2]));
    }

    [Fact]
    public void Given_a_table_inside_a_panel_When_read_Then_the_panel_holds_the_table()
    {
        var panel = Assert.IsType<PanelBlock>(Assert.Single(Blocks("::: panel Who is who\n| A | B |\n|---|---|\n| 1 | 2 |\n:::")));

        var table = Assert.IsType<TableBlock>(Assert.Single(panel.Blocks));
        Assert.Equal(["A", "B"], Texts(table.Header));
        Assert.Equal(["1", "2"], Texts(Assert.Single(table.Rows)));
    }
}
