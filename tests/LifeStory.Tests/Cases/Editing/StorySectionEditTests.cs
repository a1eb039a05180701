using System.Text;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>A story section added, rewritten or taken out in the editor changes only that section's lines of case.yaml.</summary>
public sealed class StorySectionEditTests
{
    private const string Yaml = """
        child:
          legal_name: Maisie Test
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English
        story:
          # why first
          - id: why
            title: Why I live here
            place: why_i_could_not_stay
            markdown: |
              Line one.

              Line two.
          - id: later
            title: Later
            markdown: Later on.

        book:
          voice: you

        """;

    [Fact]
    public void Given_two_sections_When_the_first_is_rewritten_Then_the_second_and_everything_around_them_stay_byte_for_byte()
    {
        var section = new StorySection("why", "Why I live with Jo", "**Bold** words.\n\n# A heading\n- a list\n", [Audience.Parents], StoryPlace.WhyICouldNotStay);

        var edited = StorySectionEdit.Replace(Yaml, 0, section);

        Assert.Null(edited.Problem);
        Assert.Equal(Yaml[..Yaml.IndexOf("  - id: why", StringComparison.Ordinal)], edited.Yaml![..Yaml.IndexOf("  - id: why", StringComparison.Ordinal)]);
        Assert.EndsWith(Yaml[Yaml.IndexOf("  - id: later", StringComparison.Ordinal)..], edited.Yaml, StringComparison.Ordinal);
        var read = Story(edited.Yaml)[0];
        Assert.Equal((section.Id, section.Title, section.Markdown, section.Place), (read.Id, read.Title, read.Markdown, read.Place));
        Assert.Equal([Audience.Parents], read.HiddenFrom);
        Assert.Equal("Later on.", Story(edited.Yaml)[1].Markdown);
    }

    [Fact]
    public void Given_the_last_section_When_rewritten_Then_the_blank_line_before_the_next_part_of_the_case_is_kept()
    {
        var edited = StorySectionEdit.Replace(Yaml, 1, new StorySection("later", "Later", "Much later.\n"));

        Assert.Contains("    markdown: |\n      Much later.\n\nbook:", edited.Yaml, StringComparison.Ordinal);
        Assert.Equal("Much later.\n", Story(edited.Yaml!)[1].Markdown);
    }

    [Theory]
    [InlineData("No line break at the end")]
    [InlineData("  Starts with spaces\n")]
    [InlineData("Two line breaks at the end\n\n")]
    [InlineData("A tab\there and a \"quote\": yes\n")]
    [InlineData("<script>alert(1)</script>\n")]
    public void Given_any_Markdown_When_written_Then_the_loader_reads_back_exactly_what_was_typed(string markdown)
    {
        var edited = StorySectionEdit.Replace(Yaml, 0, new StorySection("why", "Why: \"yes\"", markdown));

        var read = Story(edited.Yaml!)[0];
        Assert.Equal(markdown, read.Markdown);
        Assert.Equal("Why: \"yes\"", read.Title);
    }

    [Fact]
    public void Given_a_story_When_a_section_is_added_Then_it_comes_after_the_last_one()
    {
        var edited = StorySectionEdit.Add(Yaml, new StorySection("future", "My future", "Good things.\n", Place: StoryPlace.MyFuture));

        var story = Story(edited.Yaml!);
        Assert.Equal(["why", "later", "future"], story.Select(s => s.Id));
        Assert.Equal(StoryPlace.MyFuture, story[2].Place);
        Assert.Contains("\n\nbook:", edited.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_story_at_all_When_a_section_is_added_Then_a_story_list_is_made_at_the_end()
    {
        var yaml = "child:\n  legal_name: Maisie Test\n  preferred_name: Maisie\n  date_of_birth: 2019-06-12\n  pronouns: she\n  first_language: English\n";

        var edited = StorySectionEdit.Add(yaml, new StorySection("first", "First", "Hello.\n"));

        Assert.Equal(yaml + "story:\n  - id: first\n    title: First\n    markdown: |\n      Hello.\n", edited.Yaml);
    }

    [Fact]
    public void Given_an_empty_story_in_brackets_When_a_section_is_added_Then_it_becomes_the_lists_first_item()
    {
        var yaml = "child:\n  legal_name: Maisie Test\n  preferred_name: Maisie\n  date_of_birth: 2019-06-12\n  pronouns: she\n  first_language: English\nstory: []\nbook:\n  voice: you\n";

        var edited = StorySectionEdit.Add(yaml, new StorySection("first", "First", "Hello.\n"));

        Assert.Equal(yaml.Replace("story: []\n", "story:\n  - id: first\n    title: First\n    markdown: |\n      Hello.\n", StringComparison.Ordinal), edited.Yaml);
        Assert.Equal(["first"], Story(edited.Yaml!).Select(s => s.Id));
    }

    [Fact]
    public void Given_two_sections_When_the_first_is_removed_Then_its_comment_and_lines_go_and_the_rest_stays()
    {
        var edited = StorySectionEdit.Remove(Yaml, 0);

        Assert.Equal(["later"], Story(edited.Yaml!).Select(s => s.Id));
        Assert.Equal(Yaml.Remove(Yaml.IndexOf("  - id: why", StringComparison.Ordinal), Yaml.IndexOf("  - id: later", StringComparison.Ordinal) - Yaml.IndexOf("  - id: why", StringComparison.Ordinal)), edited.Yaml);
    }

    [Fact]
    public void Given_one_section_When_it_is_removed_Then_the_story_line_goes_with_it()
    {
        var once = StorySectionEdit.Remove(Yaml, 0).Yaml!;

        var edited = StorySectionEdit.Remove(once, 0);

        Assert.DoesNotContain("story:", edited.Yaml, StringComparison.Ordinal);
        Assert.Empty(Story(edited.Yaml!));
    }

    [Fact]
    public void Given_a_story_written_in_brackets_When_edited_Then_it_is_refused_and_nothing_changes()
    {
        var edited = StorySectionEdit.Replace("story: [{id: a, title: A, markdown: x}]\n", 0, new StorySection("a", "A", "y"));

        Assert.Null(edited.Yaml);
        Assert.Contains("brackets", edited.Problem, StringComparison.Ordinal);
    }

    private static IReadOnlyList<StorySection> Story(string yaml)
    {
        var loaded = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), Path.GetTempPath());
        return loaded.Case?.Model.Story ?? throw new InvalidOperationException(string.Join("; ", loaded.Findings.Select(f => f.Message)));
    }
}
