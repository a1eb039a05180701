using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Text;

public sealed class BidiTests
{
    private const string First = "أنا";
    private const string Second = "أحب";
    private const string Third = "المدرسة";

    [Fact]
    public void Given_a_short_Arabic_paragraph_When_broken_Then_the_line_is_right_aligned()
    {
        var line = Assert.Single(Break($"{First} {Second} {Third}", 300f));

        Assert.True(line.Offset > 0);
        Assert.Equal(300f, line.Offset + line.Width, 3);
    }

    [Fact]
    public void Given_an_Arabic_paragraph_When_broken_Then_words_run_right_to_left()
    {
        var line = Assert.Single(Break($"{First} {Second} {Third}", 300f));

        var x = TextHelpers.Words(line).ToDictionary(f => f.Fragment.Text, f => f.X);
        Assert.True(x[First] > x[Second], "The first word should be right of the second.");
        Assert.True(x[Second] > x[Third], "The second word should be right of the third.");
    }

    [Fact]
    public void Given_an_English_word_inside_an_Arabic_paragraph_When_broken_Then_it_sits_between_its_neighbours()
    {
        var line = Assert.Single(Break($"{First} Maisie {Third}", 300f));

        var x = TextHelpers.Words(line).ToDictionary(f => f.Fragment.Text, f => f.X);
        Assert.True(x[First] > x["Maisie"]);
        Assert.True(x["Maisie"] > x[Third]);
    }

    [Fact]
    public void Given_an_English_paragraph_When_broken_Then_it_starts_at_the_left()
    {
        var line = Assert.Single(Break("Hello there", 300f));

        Assert.Equal(0f, line.Offset);
        var x = TextHelpers.Words(line).ToDictionary(f => f.Fragment.Text, f => f.X);
        Assert.True(x["Hello"] < x["there"]);
    }

    [Fact]
    public void Given_an_Arabic_paragraph_When_broken_Then_fragments_do_not_overlap()
    {
        var line = Assert.Single(Break($"{First} {Second} {Third}", 300f));

        var spans = TextHelpers.Words(line).OrderBy(f => f.X).ToList();
        for (var i = 1; i < spans.Count; i++)
            Assert.True(spans[i].X >= spans[i - 1].X + spans[i - 1].Fragment.Width - 0.001f);
        Assert.True(spans[^1].X + spans[^1].Fragment.Width <= line.Width + 0.001f);
    }
}
