using System.Text;
using LifeStory.Web.Reviews;

namespace LifeStory.Web.Tests.Reviews;

/// <summary>The calendar writer alone: folding by octets, never inside a character, and text escaped.</summary>
public sealed class CalendarFileTests
{
    [Fact]
    public void Given_long_text_with_two_byte_letters_and_commas_When_written_Then_lines_fold_at_75_octets_counting_each_letters_bytes_and_read_back_exactly()
    {
        var description = string.Concat(Enumerable.Repeat("Zoë's review; café, then home. ", 8)) + "Line two\nends.";
        var text = CalendarFile.Write([new CalendarEvent("review-1@lifestory", new DateOnly(2028, 2, 29), "Review: ZA (C-00000001)", description)],
            new DateTimeOffset(2027, 3, 3, 10, 0, 0, TimeSpan.Zero));

        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.True(physical.Count(l => l.StartsWith(' ')) >= 3);
        var calendar = Ics.Parse(text);
        var e = Assert.Single(calendar.Children);
        Assert.Equal(description, e.Value("DESCRIPTION"));
        Assert.Equal("20280229", e.Value("DTSTART;VALUE=DATE"));
        Assert.Equal("20280301", e.Value("DTEND;VALUE=DATE"));
        Assert.Contains("\\,", text, StringComparison.Ordinal);
        Assert.Contains("\\;", text, StringComparison.Ordinal);
    }
}
