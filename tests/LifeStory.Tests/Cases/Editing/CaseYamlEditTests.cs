using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>An edit made in a form changes exactly one value of case.yaml, and the loader reads back what was typed.</summary>
public sealed class CaseYamlEditTests
{
    private const string Yaml = """
        # Maisie's case
        child:
          legal_name: Maisie Test   # as on the birth certificate
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English

        book:
          voice: you
          sign_off:
            checked_by: Ruth
            date: 2026-11-01

        people: []
        """;

    [Fact]
    public void Given_a_value_with_a_comment_after_it_When_changed_Then_only_the_value_changes()
    {
        var edited = CaseYamlEdit.Set(Yaml, "child", "legal_name", YamlScalar.Write("Maisie Jones", FormFieldKind.Text));

        Assert.Null(edited.Problem);
        Assert.Equal(Yaml.Replace("legal_name: Maisie Test   #", "legal_name: Maisie Jones   #", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_missing_optional_field_When_set_Then_it_is_added_after_the_sections_last_field_at_its_indent()
    {
        var edited = CaseYamlEdit.Set(Yaml, "child", "favourite_colour", YamlScalar.Write("purple", FormFieldKind.Text));

        Assert.Equal(Yaml.Replace("  first_language: English\n", "  first_language: English\n  favourite_colour: purple\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("purple", Load(edited.Yaml!).Child.FavouriteColour);
    }

    [Fact]
    public void Given_a_section_ending_in_a_nested_record_When_a_field_is_added_Then_it_goes_after_the_record_at_the_sections_indent()
    {
        var edited = CaseYamlEdit.Set(Yaml, "book", "title", YamlScalar.Write("All about me", FormFieldKind.Text));

        Assert.Equal(Yaml.Replace("    date: 2026-11-01\n", "    date: 2026-11-01\n  title: All about me\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal("All about me", Load(edited.Yaml!).Book.Title);
    }

    [Fact]
    public void Given_an_optional_field_When_emptied_Then_its_line_goes_and_nothing_else()
    {
        var withColour = CaseYamlEdit.Set(Yaml, "child", "favourite_colour", "purple").Yaml!;

        var edited = CaseYamlEdit.Set(withColour, "child", "favourite_colour", null);

        Assert.Equal(Yaml, edited.Yaml);
    }

    [Fact]
    public void Given_no_book_section_When_the_voice_is_set_Then_the_section_is_added_at_the_end()
    {
        var yaml = TempCaseFolder.MinimalChild;

        var edited = CaseYamlEdit.Set(yaml, "book", "voice", YamlScalar.Write("you", FormFieldKind.Choice));

        Assert.Equal(yaml + "book:\n  voice: you\n", edited.Yaml);
        Assert.Equal(BookVoice.You, Load(edited.Yaml!).Book.Voice);
    }

    [Theory]
    [InlineData("Jo \"JJ\" Lee")]
    [InlineData("yes")]
    [InlineData("Null")]
    [InlineData("12")]
    [InlineData("Mum: Kasia")]
    [InlineData("# not a comment")]
    [InlineData("'quoted'")]
    [InlineData("a back\\slash")]
    [InlineData("two\nlines")]
    [InlineData("  spaces around  ")]
    [InlineData("Zoë-Mae O’Neill")]
    [InlineData("مريم")]
    [InlineData("- a dash first")]
    [InlineData("[brackets]")]
    [InlineData("{braces}")]
    [InlineData("@at & *star !bang %percent `tick` |pipe >gt")]
    public void Given_any_words_When_written_into_a_name_Then_the_loader_reads_back_exactly_those_words(string words)
    {
        var edited = CaseYamlEdit.Set(Yaml, "child", "preferred_name", YamlScalar.Write(words, FormFieldKind.Text));

        Assert.Equal(words, Load(edited.Yaml!).Child.PreferredName);
    }

    [Fact]
    public void Given_a_block_scalar_When_replaced_Then_the_next_field_keeps_its_own_line()
    {
        var yaml = Yaml.Replace("  preferred_name: Maisie\n", "  preferred_name: |\n    Maisie\n", StringComparison.Ordinal);

        var edited = CaseYamlEdit.Set(yaml, "child", "preferred_name", "Mae");

        Assert.Equal(Yaml.Replace("preferred_name: Maisie", "preferred_name: Mae", StringComparison.Ordinal), edited.Yaml);
    }

    [Fact]
    public void Given_a_section_written_in_braces_When_edited_Then_it_is_refused_with_what_to_do()
    {
        var edited = CaseYamlEdit.Set("child: {preferred_name: Bo}\n", "child", "preferred_name", "Al");

        Assert.Null(edited.Yaml);
        Assert.Equal("'child' is written on one line in braces; write it as one field per line to edit it here.", edited.Problem);
    }

    [Fact]
    public void Given_a_list_field_When_set_as_one_value_Then_it_is_refused()
    {
        var edited = CaseYamlEdit.Set("child:\n  preferred_name: Bo\n  hidden_from: [parents]\n", "child", "hidden_from", "parents");

        Assert.Equal("'child.hidden_from' holds a list, not a single value.", edited.Problem);
    }

    [Fact]
    public void Given_Maisies_real_case_When_every_child_field_is_set_to_its_own_value_Then_the_file_is_byte_for_byte_the_same()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Sample("maisie"), "case.yaml"));
        var child = Load(yaml).Child;
        var edited = yaml;
        foreach (var field in FormFields.For(typeof(Child)))
        {
            var value = FormFields.ValuesOf(child)[field.Key];
            if (value.Length == 0) continue;
            edited = CaseYamlEdit.Set(edited, "child", field.Key, YamlScalar.Write(value, field.Kind)).Yaml!;
        }

        Assert.Equal(yaml, edited);
    }

    private static Case Load(string yaml)
    {
        var result = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath());
        Assert.True(result.Case is not null, string.Join("\n", result.Findings));
        return result.Case!.Model;
    }
}
