using LifeStory.Web.Reviews.Recording;

namespace LifeStory.Web.Tests.Reviews.Recording;

/// <summary>Where a review's lines go in case.yaml's text, and the cases the page cannot edit and says why.</summary>
public sealed class ReviewListEditTests
{
    private static readonly DateOnly Day = new(2026, 7, 15);

    private static string Block(int indent) => $"{new string(' ', indent)}- date: 2026-07-15\n{new string(' ', indent + 2)}child_came: true\n";

    [Fact]
    public void Given_a_case_with_no_reviews_When_one_is_put_Then_a_reviews_list_is_added_at_the_end()
    {
        var edited = ReviewListEdit.Put("child: { preferred_name: Amira }\n# the end\n", [], Day, Block);

        Assert.Equal("child: { preferred_name: Amira }\n# the end\nreviews:\n  - date: 2026-07-15\n    child_came: true\n", edited.Yaml);
    }

    [Fact]
    public void Given_an_empty_reviews_line_When_one_is_put_Then_that_line_heads_the_list_and_what_follows_is_kept()
    {
        var edited = ReviewListEdit.Put("reviews:\nbook:\n  voice: i\n", [], Day, Block);

        Assert.Equal("reviews:\n  - date: 2026-07-15\n    child_came: true\nbook:\n  voice: i\n", edited.Yaml);
    }

    [Fact]
    public void Given_reviews_indented_by_four_When_an_earlier_one_is_put_Then_it_goes_first_at_their_indent()
    {
        const string yaml = "reviews:\n    - date: 2026-09-01   # planned\n      child_came: false\n";

        var edited = ReviewListEdit.Put(yaml, [new DateOnly(2026, 9, 1)], Day, Block);

        Assert.Equal("reviews:\n    - date: 2026-07-15\n      child_came: true\n    - date: 2026-09-01   # planned\n      child_came: false\n", edited.Yaml);
        Assert.Equal(0, ReviewListEdit.IndexFor([new DateOnly(2026, 9, 1)], Day));
    }

    [Fact]
    public void Given_a_review_written_on_one_line_When_one_is_put_Then_it_is_refused_with_what_to_do()
    {
        var edited = ReviewListEdit.Put("reviews:\n  - { date: 2026-02-02, child_came: true }\n", [new DateOnly(2026, 2, 2)], Day, Block);

        Assert.Null(edited.Yaml);
        Assert.Equal("A review is written on one line in braces; write it one field per line to record it here.", edited.Problem);
    }
}
