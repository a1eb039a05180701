using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>The later-life letter written from its form changes only the letter's lines of case.yaml.</summary>
public sealed class LaterLifeLetterEditTests
{
    private const string Yaml = """
        child:
          legal_name: Maisie Test
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English
        later_life_letter:
          # written with Jo
          from: priya
          written: 2026-11-20
          markdown: |
            You were born in Leeds.

            Nan loves you.

        book:
          voice: you

        """;

    [Fact]
    public void Given_a_letter_When_it_is_rewritten_Then_everything_around_it_stays_byte_for_byte_and_it_loads_back_as_written()
    {
        var letter = new LaterLifeLetter("priya", new DateOnly(2026, 12, 1), "You were born in **Leeds**.\n\nNan loves you, and so does Leo.\n", 14);

        var edited = LaterLifeLetterEdit.Set(Yaml, letter);

        Assert.Null(edited.Problem);
        Assert.Equal("""
            child:
              legal_name: Maisie Test
              preferred_name: Maisie
              date_of_birth: 2019-06-12
              pronouns: she
              first_language: English
            later_life_letter:
              from: priya
              written: 2026-12-01
              read_at_age: 14
              markdown: |
                You were born in **Leeds**.

                Nan loves you, and so does Leo.

            book:
              voice: you

            """, edited.Yaml);
        Assert.Equal(letter, Load(edited.Yaml!).LaterLifeLetter);
    }

    [Fact]
    public void Given_a_case_without_a_letter_When_one_is_written_Then_it_is_added_at_the_end_and_the_rest_is_unchanged()
    {
        var without = Yaml[..Yaml.IndexOf("later_life_letter:", StringComparison.Ordinal)] + Yaml[Yaml.IndexOf("book:", StringComparison.Ordinal)..];
        var letter = new LaterLifeLetter("priya", new DateOnly(2026, 12, 1), "Line one: with a colon, and \"quotes\".\n");

        var edited = LaterLifeLetterEdit.Set(without, letter);

        Assert.StartsWith(without, edited.Yaml, StringComparison.Ordinal);
        Assert.Equal(letter, Load(edited.Yaml!).LaterLifeLetter);
    }

    [Fact]
    public void Given_the_maisie_sample_When_its_letter_is_written_back_unchanged_Then_the_file_loads_to_the_same_case()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "maisie", "case.yaml");
        var yaml = File.ReadAllText(path);
        var before = Load(yaml);

        var edited = LaterLifeLetterEdit.Set(yaml, before.LaterLifeLetter!);

        Assert.Null(edited.Problem);
        var after = Load(edited.Yaml!);
        Assert.Equal(before.LaterLifeLetter, after.LaterLifeLetter);
        Assert.Equal(yaml[..yaml.IndexOf("\nlater_life_letter:", StringComparison.Ordinal)], edited.Yaml![..yaml.IndexOf("\nlater_life_letter:", StringComparison.Ordinal)]);
    }

    private static Case Load(string yaml) =>
        CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath()).Case!.Model;

    private static string RepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "LifeStory.sln"))) folder = Path.GetDirectoryName(folder)!;
        return folder;
    }
}
