using LifeStory.Web.Pathway;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>A signature written into pathway_plan: by hand, every other byte kept.</summary>
public sealed class PathwaySignatureYamlTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void Given_a_plan_already_signed_in_block_style_When_the_adviser_signs_Then_the_signature_joins_that_list_before_the_comment_and_the_next_part()
    {
        const string yaml = "child:\n  preferred_name: Yusuf\npathway_plan:\n  written: 2026-11-18\n  signed:\n    - by: child\n      date: 2026-11-18\n\n# What comes next\nreviews: []\n";

        var signed = PathwaySignatureYaml.Add(yaml, "tom", Day);

        Assert.Equal("child:\n  preferred_name: Yusuf\npathway_plan:\n  written: 2026-11-18\n  signed:\n    - by: child\n      date: 2026-11-18\n    - { by: tom, date: 2026-11-20 }\n\n# What comes next\nreviews: []\n", signed);
    }

    [Fact]
    public void Given_signed_written_in_brackets_or_no_plan_When_someone_signs_Then_nothing_is_written()
    {
        Assert.Null(PathwaySignatureYaml.Add("pathway_plan:\n  written: 2026-11-18\n  signed: []\n", "tom", Day));
        Assert.Null(PathwaySignatureYaml.Add("pathway_plan: { written: 2026-11-18 }\n", "tom", Day));
        Assert.Null(PathwaySignatureYaml.Add("child:\n  preferred_name: Yusuf\n", "tom", Day));
    }
}
