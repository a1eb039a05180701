using LifeStory.Cases.Editing;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>One top-level part written afresh in place of the one there; every other byte of case.yaml kept.</summary>
public sealed class SectionEditTests
{
    private const string Plan = "pathway_plan:\n  written: 2026-11-20\n  about_me: I am Yusuf.\n";

    [Fact]
    public void Given_a_plan_between_two_parts_When_it_is_put_Then_only_its_lines_change_and_the_comment_leading_into_the_next_part_stays()
    {
        const string yaml = "child:\n  preferred_name: Yusuf\n\npathway_plan:\n  written: 2026-11-18   # first plan\n  # his words\n  about_me: I am Y.\n\n# The book\nbook:\n  voice: you\n";

        var edited = SectionEdit.Put(yaml, "pathway_plan", Plan);

        Assert.Null(edited.Problem);
        Assert.Equal("child:\n  preferred_name: Yusuf\n\n" + Plan + "\n# The book\nbook:\n  voice: you\n", edited.Yaml);
    }

    [Fact]
    public void Given_no_plan_When_it_is_put_Then_it_is_added_at_the_end_after_a_blank_line()
    {
        var edited = SectionEdit.Put("child:\n  preferred_name: Yusuf", "pathway_plan", Plan);

        Assert.Equal("child:\n  preferred_name: Yusuf\n\n" + Plan, edited.Yaml);
    }

    [Fact]
    public void Given_a_plan_as_the_last_part_When_it_is_put_Then_the_file_ends_with_it()
    {
        var edited = SectionEdit.Put("child:\n  preferred_name: Yusuf\npathway_plan: { written: 2026-11-18 }\n", "pathway_plan", Plan);

        Assert.Equal("child:\n  preferred_name: Yusuf\n" + Plan, edited.Yaml);
    }

    [Fact]
    public void Given_a_file_that_is_a_list_When_a_plan_is_put_Then_it_is_refused_saying_why()
    {
        var edited = SectionEdit.Put("- one\n- two\n", "pathway_plan", Plan);

        Assert.Null(edited.Yaml);
        Assert.Equal("case.yaml is not a block mapping of sections, so pathway_plan cannot be written into it. Open it in the YAML view and fix its layout first.", edited.Problem);
    }
}
