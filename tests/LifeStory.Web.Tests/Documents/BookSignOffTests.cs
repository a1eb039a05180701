using LifeStory.Web.Documents;

namespace LifeStory.Web.Tests.Documents;

/// <summary>The sign-off is written into case.yaml as a person would write it, leaving every other byte alone.</summary>
public sealed class BookSignOffTests
{
    private static readonly DateOnly Day = new(2026, 12, 4);

    [Fact]
    public void Given_a_book_section_without_sign_off_When_signed_Then_the_sign_off_follows_the_book_line_at_its_indent()
    {
        var yaml = "child:\n  preferred_name: Sam\nbook:\n    voice: you\n    theme: calm\nreviews: []\n";

        var signed = BookSignOff.Add(yaml, "Ruth Adams, team manager", Day);

        Assert.Equal("child:\n  preferred_name: Sam\nbook:\n    sign_off:\n        checked_by: \"Ruth Adams, team manager\"\n        date: 2026-12-04\n    voice: you\n    theme: calm\nreviews: []\n", signed);
    }

    [Fact]
    public void Given_no_book_section_When_signed_Then_one_is_added_at_the_end()
    {
        Assert.Equal("child: {}\nbook:\n  sign_off:\n    checked_by: \"A \\\"B\\\"\"\n    date: 2026-12-04\n", BookSignOff.Add("child: {}", "A \"B\"", Day));
    }

    [Fact]
    public void Given_a_book_already_signed_off_When_signed_again_Then_nothing_is_written()
    {
        Assert.Null(BookSignOff.Add("book:\n  # checked\n  sign_off:\n    checked_by: X\n    date: 2026-01-01\n", "Y", Day));
    }
}
