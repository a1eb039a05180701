using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>A form's save changes one field of one list item, and every other byte of case.yaml stays as it was.</summary>
public sealed class ListItemEditTests
{
    internal const string Yaml = """
        child:
          legal_name: Maisie Test
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English

        people:
          # Maisie's birth family
          - id: kelly
            name: Kelly Clarke   # her full name
            relationship: my birth mum
            group: birth_family
            hidden_from: [child, carers]   # kept private
            shown_as: { parents: "Kelly" }
          - id: leo
            name: Leo Clarke
            relationship: my big brother
            group: brothers_and_sisters
            hidden_from:
              - parents

        homes:
          - id: flat
            name: The flat
            kind: birth_family
            from: 2019-06
            address: 1 High Street, Leeds
          - id: jo
            name: Jo's house
            kind: foster
            from: 2021-09
            address:
              text: 14 Willow Terrace
              hidden_from: [parents]
        """;

    [Fact]
    public void Given_a_field_with_a_comment_after_it_When_changed_Then_only_its_value_changes()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 0, "name", Text("Kelly Jones"));

        Assert.Equal(Yaml.Replace("name: Kelly Clarke   #", "name: Kelly Jones   #", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_missing_field_When_set_Then_it_is_added_at_the_end_of_that_item_at_its_indent()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 0, "known_as", Text("Mum Kelly"));

        Assert.Equal(Yaml.Replace("    shown_as: { parents: \"Kelly\" }\n", "    shown_as: { parents: \"Kelly\" }\n    known_as: Mum Kelly\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("Mum Kelly", Load(edited.Yaml!).People[0].KnownAs);
    }

    [Fact]
    public void Given_the_last_item_of_the_file_When_a_field_is_added_Then_it_joins_that_item()
    {
        var edited = ListItemEdit.Set(Yaml, "homes", 1, "town", Text("Leeds"));

        Assert.Equal(Yaml + "\n    town: Leeds\n", edited.Yaml);
        Assert.Equal("Leeds", Load(edited.Yaml!).Homes[1].Town);
    }

    [Fact]
    public void Given_a_list_in_brackets_When_changed_Then_the_brackets_are_rewritten_and_the_comment_stays()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 0, "hidden_from", Readers("parents", "child"));

        Assert.Equal(Yaml.Replace("hidden_from: [child, carers]   #", "hidden_from: [parents, child]   #", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal([Audience.Parents, Audience.Child], Load(edited.Yaml!).People[0].HiddenFrom);
    }

    [Fact]
    public void Given_a_list_one_item_per_line_When_changed_Then_it_becomes_one_line_in_brackets()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 1, "hidden_from", Readers("child", "parents"));

        Assert.Equal(Yaml.Replace("    hidden_from:\n      - parents\n", "    hidden_from: [child, parents]\n", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_list_one_item_per_line_When_emptied_Then_the_field_and_its_lines_go()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 1, "hidden_from", null);

        Assert.Equal(Yaml.Replace("    hidden_from:\n      - parents\n", "", StringComparison.Ordinal), edited.Yaml);
        Assert.Empty(Load(edited.Yaml!).People[1].HiddenFrom);
    }

    [Fact]
    public void Given_the_first_field_beside_the_dash_When_taken_out_Then_the_next_field_moves_up_beside_the_dash()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 1, "id", null);

        Assert.Equal(Yaml.Replace("  - id: leo\n    name: Leo Clarke", "  - name: Leo Clarke", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_record_in_braces_When_one_of_its_fields_is_set_Then_the_braces_hold_both()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 0, "shown_as.carers", Text("Kelly, Maisie's mum"));

        Assert.Equal(Yaml.Replace("shown_as: { parents: \"Kelly\" }", "shown_as: { parents: \"Kelly\", carers: \"Kelly, Maisie's mum\" }", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("Kelly, Maisie's mum", Load(edited.Yaml!).People[0].ShownAs!.Carers);
    }

    [Fact]
    public void Given_a_record_When_its_only_field_is_taken_out_Then_the_record_goes_too()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 0, "shown_as.parents", null);

        Assert.Equal(Yaml.Replace("    shown_as: { parents: \"Kelly\" }\n", "", StringComparison.Ordinal), edited.Yaml);
        Assert.Null(Load(edited.Yaml!).People[0].ShownAs);
    }

    [Fact]
    public void Given_no_record_yet_When_one_of_its_fields_is_set_Then_it_is_written_in_braces()
    {
        var edited = ListItemEdit.Set(Yaml, "people", 1, "shown_as.parents", Text("Leo"));

        Assert.Equal(Yaml.Replace("      - parents\n", "      - parents\n    shown_as: { parents: Leo }\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("Leo", Load(edited.Yaml!).People[1].ShownAs!.Parents);
    }

    [Fact]
    public void Given_a_record_one_field_per_line_When_a_field_is_changed_and_taken_out_Then_only_those_lines_change()
    {
        var changed = ListItemEdit.Set(Yaml, "homes", 1, "address.text", Text("Flat 2, 14 Willow Terrace")).Yaml!;
        var emptied = ListItemEdit.Set(changed, "homes", 1, "address.hidden_from", null).Yaml!;

        Assert.Equal(Yaml.Replace("      text: 14 Willow Terrace\n      hidden_from: [parents]", "      text: Flat 2, 14 Willow Terrace", StringComparison.Ordinal), emptied);
        Assert.Equal(new PrivateText("Flat 2, 14 Willow Terrace", []), Load(emptied).Homes[1].Address! with { HiddenFrom = [] });
    }

    [Fact]
    public void Given_an_address_as_plain_words_When_readers_are_chosen_Then_it_becomes_a_record_keeping_the_words()
    {
        var edited = ListItemEdit.Set(Yaml, "homes", 0, "address.hidden_from", Readers("parents"));

        Assert.Equal(Yaml.Replace("address: 1 High Street, Leeds", "address: { text: \"1 High Street, Leeds\", hidden_from: [parents] }", StringComparison.Ordinal), edited.Yaml);
        var address = Load(edited.Yaml!).Homes[0].Address!;
        Assert.Equal("1 High Street, Leeds", address.Text);
        Assert.Equal([Audience.Parents], address.HiddenFrom);
    }

    [Theory]
    [InlineData("Jo \"JJ\" Lee")]
    [InlineData("yes")]
    [InlineData("Mum: Kasia")]
    [InlineData("Kelly, Maisie's mum")]
    [InlineData("[brackets]")]
    [InlineData("two\nlines")]
    [InlineData("# not a comment")]
    public void Given_awkward_words_When_written_in_an_item_or_in_braces_Then_the_loader_reads_back_exactly_those_words(string words)
    {
        var plain = ListItemEdit.Set(Yaml, "people", 1, "known_as", Text(words)).Yaml!;
        var braces = ListItemEdit.Set(Yaml, "people", 0, "shown_as.child", Text(words)).Yaml!;

        Assert.Equal(words, Load(plain).People[1].KnownAs);
        Assert.Equal(words, Load(braces).People[0].ShownAs!.Child);
    }

    [Fact]
    public void Given_an_item_that_is_not_there_When_edited_Then_it_is_refused_and_says_what_to_do()
    {
        var edited = ListItemEdit.Set(Yaml, "schools", 0, "name", Text("Oakfield"));

        Assert.Null(edited.Yaml);
        Assert.Equal("There is no item 1 in 'schools' any more; someone may have taken it out. Open the list again.", edited.Problem);
    }

    [Fact]
    public void Given_Maisies_real_case_When_every_persons_fields_are_set_to_their_own_values_Then_the_file_is_byte_for_byte_the_same()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Sample("maisie"), "case.yaml"));
        var people = Load(yaml).People;
        var edited = yaml;
        for (var i = 0; i < people.Count; i++)
            foreach (var field in new[] { "id", "name", "relationship", "known_as", "about" })
            {
                var value = FormFields.Text(typeof(Person).GetProperty(YamlNamesPascal(field))!.GetValue(people[i]));
                if (value.Length > 0) edited = ListItemEdit.Set(edited, "people", i, field, Text(value)).Yaml!;
            }

        Assert.Equal(yaml, edited);
    }

    internal static YamlValue Text(string text) => YamlValue.Scalar(text, FormFieldKind.Text);

    internal static YamlValue Readers(params string[] readers) => YamlValue.List(readers, FormFieldKind.Choice);

    internal static Case Load(string yaml)
    {
        var result = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath());
        Assert.True(result.Case is not null, string.Join("\n", result.Findings) + "\n" + yaml);
        return result.Case!.Model;
    }

    private static string YamlNamesPascal(string key) => string.Concat(key.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
