using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Text;

public sealed class LineWidthTests
{
    private const string Story =
        "When Maisie was six she moved to a new house with a red door, a garden with a swing and a cat called " +
        "Pickle who slept on the stairs. Her carers, Jo and Sam, painted her bedroom yellow because yellow is her " +
        "favourite colour, and on Saturdays they all go swimming at the big pool in town.";

    [Theory]
    [InlineData(60f)]
    [InlineData(120f)]
    [InlineData(200f)]
    [InlineData(483f)]
    public void Given_a_long_paragraph_When_broken_Then_no_line_is_wider_than_the_width(float width)
    {
        var lines = Break(Story, width);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.Width <= width, $"'{line.Text}' is {line.Width} wide, more than {width}."));
    }

    [Fact]
    public void Given_a_long_paragraph_When_broken_Then_every_word_appears_once_in_order()
    {
        var lines = Break(Story, 150f);

        Assert.Equal(Story.Split(' '), lines.SelectMany(TextHelpers.Words).Select(f => f.Fragment.Text));
    }

    [Fact]
    public void Given_a_word_longer_than_the_line_When_broken_Then_it_is_split_and_no_line_overflows()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 6));

        var lines = Break(word, 100f);

        Assert.True(lines.Count >= 3, $"Expected the 60-letter word on several lines, got {lines.Count}.");
        Assert.All(lines, line => Assert.True(line.Width <= 100f, $"'{line.Text}' is {line.Width} wide."));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Theory]
    [InlineData("a", 100_000)]
    [InlineData("iW", 20_000)] // narrow and wide letters: the window is widened and narrowed as the word goes
    [InlineData("😀", 5_000)]
    public void Given_one_enormous_word_When_broken_Then_every_letter_arrives_in_order_and_each_line_is_as_full_as_fits(string unit, int repeats)
    {
        var word = string.Concat(Enumerable.Repeat(unit, repeats));

        var lines = Break(word, 300f);

        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, line => Assert.True(line.Width <= 300f, $"A line is {line.Width} wide."));
        // Longest first: every line but the last would overflow with the next letter.
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var next = char.IsHighSurrogate(lines[i + 1].Text[0]) ? lines[i + 1].Text[..2] : lines[i + 1].Text[..1];
            Assert.True(Measure(lines[i].Text + next) > 300f, $"Line {i} could have held one more letter.");
        }
    }

    [Fact]
    public void Given_a_long_url_without_breaks_When_broken_Then_it_is_split_and_no_line_overflows()
    {
        const string url = "https://records.example.org/documents?reference=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghij";

        var lines = Break("See " + url + " today", 180f);

        Assert.True(lines.Count >= 4);
        Assert.All(lines, line => Assert.True(line.Width <= 180f, $"'{line.Text}' is {line.Width} wide."));
        // Every character survives in order; the only additions are the spaces between words.
        Assert.Equal("See" + url + "today", string.Concat(lines.Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_hyphenated_word_that_does_not_fit_When_broken_Then_the_line_breaks_after_the_hyphen()
    {
        var width = Measure("butterfly-") + 1f;
        Assert.True(Measure("butterfly-net") > width);

        var lines = Break("butterfly-net", width);

        Assert.Equal(["butterfly-", "net"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Given_a_slash_inside_a_word_that_does_not_fit_When_broken_Then_the_line_breaks_after_the_slash()
    {
        var width = Measure("either/") + 1f;

        var lines = Break("either/or", width);

        Assert.Equal(["either/", "or"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Given_a_hyphen_before_a_space_When_broken_Then_the_hyphen_stays_with_its_word()
    {
        var width = Measure("well") + 1f;

        var lines = Break("- well -", width);

        Assert.Equal(["-", "well", "-"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Given_a_hard_line_break_When_broken_Then_the_text_after_it_starts_a_new_line()
    {
        var lines = Break("Roses are red\nViolets are blue", 10_000f);

        Assert.Equal(["Roses are red", "Violets are blue"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Given_two_hard_line_breaks_in_a_row_When_broken_Then_an_empty_line_sits_between()
    {
        var lines = Break("one\n\ntwo", 10_000f);

        Assert.Equal(3, lines.Count);
        Assert.Equal("one", lines[0].Text);
        Assert.Empty(lines[1].Fragments);
        Assert.True(lines[1].Height > 0);
        Assert.Equal("two", lines[2].Text);
    }

    [Fact]
    public void Given_an_empty_paragraph_When_broken_Then_there_are_no_lines()
    {
        Assert.Empty(Break("", 200f));
    }
}
