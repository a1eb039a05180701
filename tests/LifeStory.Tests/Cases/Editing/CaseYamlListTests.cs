using LifeStory.Cases.Editing;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>Photos and drawings added and changed in a form change exactly their own lines of case.yaml.</summary>
public sealed class CaseYamlListTests
{
    private const string Yaml = """
        child:
          preferred_name: Maisie
        photos:
          - id: flat
            file: photos/flat.jpg
            people: [kelly]
            # Jo says Maisie goes quiet when she sees the flat.
            sensitive: { smaller: true, black_and_white: true }
          - id: baby
            file: photos/baby.jpg
            focus: { x: 0.65, y: 0.55 }   # keeps baby Maisie in view
            hidden_from:
              - parents

        drawings: []
        """;

    private static KeyValuePair<string, string> Field(string key, string value) => new(key, value);

    [Fact]
    public void Given_a_list_When_an_item_is_appended_Then_it_follows_the_last_item_at_the_same_indent_and_nothing_else_moves()
    {
        var edited = CaseYamlList.Append(Yaml, "photos", [Field("id", "park"), Field("file", "photos/park.jpg")]);

        Assert.Null(edited.Problem);
        Assert.Equal(Yaml.Replace("      - parents\n", "      - parents\n  - id: park\n    file: photos/park.jpg\n", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_an_empty_list_in_brackets_When_an_item_is_appended_Then_the_brackets_become_a_list_of_one()
    {
        var edited = CaseYamlList.Append(Yaml, "drawings", [Field("id", "house"), Field("file", "drawings/house.png"), Field("title", "My house")]);

        Assert.Equal(Yaml.Replace("drawings: []", "drawings:\n  - id: house\n    file: drawings/house.png\n    title: My house\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("house", Item(edited.Yaml!, "drawings", 0)["id"]);
    }

    [Fact]
    public void Given_no_such_list_When_an_item_is_appended_Then_the_list_is_added_at_the_end()
    {
        var edited = CaseYamlList.Append("child:\n  preferred_name: Maisie\n", "photos", [Field("id", "park"), Field("file", "photos/park.jpg")]);

        Assert.Equal("child:\n  preferred_name: Maisie\nphotos:\n  - id: park\n    file: photos/park.jpg\n", edited.Yaml);
    }

    [Fact]
    public void Given_a_value_with_a_comment_after_it_When_changed_Then_the_comment_stays()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 1, "focus", "{ x: 0.25, y: 0.5 }");

        Assert.Equal(Yaml.Replace("focus: { x: 0.65, y: 0.55 }   #", "focus: { x: 0.25, y: 0.5 }   #", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("0.25", Item(edited.Yaml!, "photos", 1)["focus"] is Dictionary<object, object> focus ? focus["x"] : null);
    }

    [Fact]
    public void Given_a_missing_key_When_set_Then_it_is_added_after_the_items_last_line_even_when_that_is_a_list()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 1, "caption", YamlScalar.Write("Me when I was tiny", FormFieldKind.Text));

        Assert.Equal(Yaml.Replace("      - parents\n", "      - parents\n    caption: Me when I was tiny\n", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_block_list_value_When_replaced_Then_it_is_written_on_one_line()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 1, "hidden_from", "[parents, carers]");

        Assert.Equal(Yaml.Replace("    hidden_from:\n      - parents\n", "    hidden_from: [parents, carers]\n", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_value_When_taken_out_Then_its_lines_go_and_the_comment_above_it_stays()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 0, "sensitive", null);

        Assert.Equal(Yaml.Replace("    sensitive: { smaller: true, black_and_white: true }\n", "", StringComparison.Ordinal), edited.Yaml);
        Assert.False(Item(edited.Yaml!, "photos", 0).ContainsKey("sensitive"));
    }

    [Fact]
    public void Given_the_first_item_When_its_people_change_Then_the_second_item_is_untouched()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 0, "people", "[kelly, jo]");

        Assert.Equal(Yaml.Replace("people: [kelly]", "people: [kelly, jo]", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_an_item_number_past_the_end_When_set_Then_it_is_refused_in_plain_words()
    {
        var edited = CaseYamlList.Set(Yaml, "photos", 2, "caption", "Hello");

        Assert.Null(edited.Yaml);
        Assert.Equal("'photos' has no item 3; it may have been taken out by someone else.", edited.Problem);
    }

    [Fact]
    public void Given_a_list_written_in_brackets_with_items_When_appended_Then_it_is_refused()
    {
        var edited = CaseYamlList.Append("photos: [{ id: a, file: photos/a.jpg }]\n", "photos", [Field("id", "b")]);

        Assert.Null(edited.Yaml);
        Assert.Equal("'photos' is written on one line in brackets; write it as one item per line to edit it here.", edited.Problem);
    }

    /// <summary>The edited text read back by a YAML reader: it is still YAML and means what was meant.</summary>
    private static Dictionary<object, object> Item(string yaml, string list, int index) =>
        (Dictionary<object, object>)((List<object>)new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(yaml)[list])[index];
}
