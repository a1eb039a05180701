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

    [Fact]
    public void Given_an_Arabic_heading_ending_in_an_English_name_and_a_comma_When_broken_Then_the_comma_ends_the_line_on_the_left()
    {
        var line = Assert.Single(Break("عزيزي Yusuf،", 300f));

        var x = TextHelpers.Words(line).ToDictionary(f => f.Fragment.Text, f => f.X);
        // Reading right to left: the Arabic word, the name, then the comma, which belongs to the Arabic sentence (rule N2).
        Assert.True(x["عزيزي"] > x["Yusuf"], "The Arabic word should be right of the name.");
        Assert.True(x["Yusuf"] > x["،"], "The comma should be left of the name, at the end of the line.");
        Assert.Equal(x.Values.Min(), x["،"]);
    }

    [Fact]
    public void Given_a_full_stop_between_an_English_name_and_Arabic_When_broken_Then_it_follows_the_name_in_reading_order()
    {
        var line = Assert.Single(Break("اسمي Aisha Rahman. أنا", 400f));

        var x = TextHelpers.Words(line).ToDictionary(f => f.Fragment.Text, f => f.X);
        // Between English and Arabic a neutral takes the paragraph's direction: right to left, so it lies on the
        // name's left, between the name and the next Arabic word; the name itself still reads left to right.
        Assert.True(x["اسمي"] > x["Rahman"]);
        Assert.True(x["Rahman"] > x["Aisha"]);
        Assert.True(x["Aisha"] > x["."], "The full stop should be left of the whole name.");
        Assert.True(x["."] > x["أنا"]);
        var stop = TextHelpers.Words(line).Single(f => f.Fragment.Text == ".");
        Assert.True(stop.X + stop.Fragment.Width <= x["Aisha"] + 0.001f, "The full stop should not overlap the name.");
    }

    [Fact]
    public void Given_a_comma_between_two_English_words_inside_Arabic_When_broken_Then_it_stays_with_the_English()
    {
        var line = Assert.Single(Break("أنا Aisha, Rahman أحب", 400f));

        var texts = TextHelpers.Words(line).OrderBy(f => f.X).Select(f => f.Fragment.Text).ToList();
        // English on both sides: the comma is English too (rule N1), inside the name's run and glued to its word.
        Assert.Equal(["أحب", "Aisha,", "Rahman", "أنا"], texts);
    }

    [Fact]
    public void Given_an_English_sentence_When_broken_Then_its_punctuation_stays_glued_to_its_words()
    {
        var line = Assert.Single(Break("Dear Yusuf, hello.", 400f));

        Assert.Equal(["Dear", "Yusuf,", "hello."], TextHelpers.Words(line).OrderBy(f => f.X).Select(f => f.Fragment.Text));
    }

    [Fact]
    public void Given_a_line_that_ends_on_an_English_name_and_a_comma_before_more_Arabic_When_broken_Then_the_comma_takes_the_Arabic_side()
    {
        // The comma closes the first line; the Arabic after it is on the next line, yet the comma still belongs to the Arabic.
        var width = Measure("عزيزي Yusuf،") + 1f;
        var lines = Break("عزيزي Yusuf، كيف حالك اليوم", width);

        Assert.True(lines.Count > 1);
        var x = TextHelpers.Words(lines[0]).ToDictionary(f => f.Fragment.Text, f => f.X);
        Assert.True(x["Yusuf"] > x["،"]);
    }
}
