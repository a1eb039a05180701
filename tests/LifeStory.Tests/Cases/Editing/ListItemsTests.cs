using LifeStory.Cases.Editing;
using LifeStory.Tests.Support;
using static LifeStory.Tests.Cases.Editing.ListItemEditTests;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>Adding an item puts it at the end of its list; taking one out removes its lines and nothing else.</summary>
public sealed class ListItemsTests
{
    private static readonly KeyValuePair<string, YamlValue>[] Bev =
    [
        new("id", Text("bev")),
        new("name", Text("Beverley Owen")),
        new("relationship", Text("my first foster carer")),
        new("group", YamlValue.Scalar("carers", FormFieldKind.Choice)),
        new("hidden_from", Readers("parents")),
        new("shown_as.child", Text("Auntie Bev")),
    ];

    [Fact]
    public void Given_a_list_When_an_item_is_added_Then_it_follows_the_last_item_at_the_same_indent()
    {
        var edited = ListItems.Add(Yaml, "people", Bev);

        const string added = "  - id: bev\n    name: Beverley Owen\n    relationship: my first foster carer\n    group: carers\n    hidden_from: [parents]\n    shown_as: { child: Auntie Bev }\n";
        Assert.Equal(Yaml.Replace("      - parents\n", "      - parents\n" + added, StringComparison.Ordinal), edited.Yaml);
        var bev = Load(edited.Yaml!).People[2];
        Assert.Equal(("bev", "Auntie Bev"), (bev.Id, bev.ShownAs!.Child));
    }

    [Fact]
    public void Given_no_such_list_When_an_item_is_added_Then_the_list_is_written_at_the_end_after_a_blank_line()
    {
        var edited = ListItems.Add(TempCaseFolder.MinimalChild, "schools",
            [new("id", Text("oak")), new("name", Text("Oakfield")), new("from", YamlValue.Scalar("2023-09", FormFieldKind.PartialDate))]);

        var expected = TempCaseFolder.MinimalChild + (TempCaseFolder.MinimalChild.EndsWith("\n\n", StringComparison.Ordinal) ? "" : "\n")
            + "schools:\n  - id: oak\n    name: Oakfield\n    from: 2023-09\n";
        Assert.Equal(expected, edited.Yaml);
        Assert.Equal("Oakfield", Load(edited.Yaml!).Schools[0].Name);
    }

    [Fact]
    public void Given_an_empty_list_in_brackets_When_an_item_is_added_Then_the_list_is_written_one_item_per_line()
    {
        var yaml = Yaml + "\nschools: []\n";

        var edited = ListItems.Add(yaml, "schools", [new("id", Text("oak")), new("name", Text("Oakfield")), new("from", YamlValue.Scalar("2023-09", FormFieldKind.PartialDate))]);

        Assert.Equal(Yaml + "\nschools:\n  - id: oak\n    name: Oakfield\n    from: 2023-09\n", edited.Yaml);
    }

    [Fact]
    public void Given_a_list_of_items_in_brackets_When_an_item_is_added_Then_it_is_refused_with_what_to_do()
    {
        var edited = ListItems.Add(Yaml + "\nschools: [{ id: a, name: A, from: 2020 }]\n", "schools", [new("id", Text("oak"))]);

        Assert.Equal("'schools' is written on one line in brackets; write it as one item per line to add to it here.", edited.Problem);
    }

    [Fact]
    public void Given_an_item_with_a_comment_above_it_When_taken_out_Then_its_lines_go_and_the_comment_stays()
    {
        var edited = ListItems.Remove(Yaml, "people", 0);

        var kelly = Yaml[Yaml.IndexOf("  - id: kelly", StringComparison.Ordinal)..Yaml.IndexOf("  - id: leo", StringComparison.Ordinal)];
        Assert.Equal(Yaml.Replace(kelly, "", StringComparison.Ordinal), edited.Yaml);
        Assert.Contains("  # Maisie's birth family\n  - id: leo", edited.Yaml, StringComparison.Ordinal);
        Assert.Equal("leo", Load(edited.Yaml!).People.Single().Id);
    }

    [Fact]
    public void Given_the_last_item_of_a_file_with_no_final_newline_When_taken_out_Then_the_file_ends_with_the_item_before_and_no_newline()
    {
        var edited = ListItems.Remove(Yaml, "homes", 1);

        Assert.Equal(Yaml[..(Yaml.IndexOf("  - id: jo\n", StringComparison.Ordinal) - 1)], edited.Yaml);
    }

    [Fact]
    public void Given_the_only_item_When_taken_out_Then_an_empty_list_is_left()
    {
        var once = ListItems.Remove(Yaml, "homes", 1).Yaml!;

        var edited = ListItems.Remove(once, "homes", 0);

        Assert.Equal(Yaml[..Yaml.IndexOf("homes:", StringComparison.Ordinal)] + "homes: []\n", edited.Yaml);
        Assert.Empty(Load(edited.Yaml!).Homes);
    }

    [Fact]
    public void Given_an_item_added_When_taken_out_again_Then_the_file_is_as_it_was()
    {
        var added = ListItems.Add(Yaml + "\n", "people", Bev).Yaml!;

        Assert.Equal(Yaml + "\n", ListItems.Remove(added, "people", 2).Yaml);
    }
}
