using LifeStory.Web.Reviews.SignOff;

namespace LifeStory.Web.Tests.Reviews.SignOff;

/// <summary>The signature is written into the one review it signs, at the end of it, and every other byte is left as it was.</summary>
public sealed class ReviewSignatureYamlTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private const string TwoReviews = """
        child:
          preferred_name: Ada
        reviews:
          - date: 2026-03-17
            iro: mark
            going_well:
              - Ada loves school.

          # The second meeting: Ada did not come.
          - date: "2026-09-15"   # quoted by hand
            iro: mark
            child_said: |
              I like swimming.
        book:
          voice: you

        """;

    [Fact]
    public void Given_two_reviews_When_the_first_is_signed_Then_the_signature_ends_that_review_before_the_blank_line_and_comment()
    {
        var signed = ReviewSignatureYaml.Add(TwoReviews, new DateOnly(2026, 3, 17), "mark", Today);

        Assert.Equal(TwoReviews.Replace("      - Ada loves school.\n", "      - Ada loves school.\n    signed:\n      - { by: mark, date: 2026-11-23 }\n", StringComparison.Ordinal), signed);
    }

    [Fact]
    public void Given_a_quoted_date_and_a_block_of_text_When_that_review_is_signed_Then_the_signature_follows_the_text_at_the_reviews_own_indent()
    {
        var signed = ReviewSignatureYaml.Add(TwoReviews, new DateOnly(2026, 9, 15), "mark", Today);

        Assert.Equal(TwoReviews.Replace("      I like swimming.\n", "      I like swimming.\n    signed:\n      - { by: mark, date: 2026-11-23 }\n", StringComparison.Ordinal), signed);
    }

    [Fact]
    public void Given_windows_line_endings_and_no_last_line_break_When_signed_Then_the_new_lines_end_as_the_file_does()
    {
        var yaml = "reviews:\r\n- date: 2026-03-17\r\n  iro: mark";

        Assert.Equal("reviews:\r\n- date: 2026-03-17\r\n  iro: mark\r\n  signed:\r\n    - { by: mark, date: 2026-11-23 }",
            ReviewSignatureYaml.Add(yaml, new DateOnly(2026, 3, 17), "mark", Today));
        Assert.Equal("reviews:\r\n- date: 2026-03-17\r\n  iro: mark\r\n  signed:\r\n    - { by: mark, date: 2026-11-23 }\r\n",
            ReviewSignatureYaml.Add(yaml + "\r\n", new DateOnly(2026, 3, 17), "mark", Today));
    }

    [Fact]
    public void Given_a_signed_review_or_a_day_with_no_review_When_signed_Then_nothing_is_written()
    {
        var signed = ReviewSignatureYaml.Add(TwoReviews, new DateOnly(2026, 3, 17), "mark", Today)!;

        Assert.Null(ReviewSignatureYaml.Add(signed, new DateOnly(2026, 3, 17), "mark", Today));
        Assert.Null(ReviewSignatureYaml.Add(TwoReviews, new DateOnly(2026, 3, 18), "mark", Today));
        Assert.Null(ReviewSignatureYaml.Add("child:\n  preferred_name: Ada\n", new DateOnly(2026, 3, 17), "mark", Today));
    }

    [Fact]
    public void Given_an_id_with_characters_YAML_reads_specially_When_signed_Then_it_is_quoted()
    {
        var signed = ReviewSignatureYaml.Add("reviews:\n  - date: 2026-03-17\n", new DateOnly(2026, 3, 17), "mark: iro", Today);

        Assert.Equal("reviews:\n  - date: 2026-03-17\n    signed:\n      - { by: \"mark: iro\", date: 2026-11-23 }\n", signed);
    }
}
