using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Text;

public sealed class ShapingTests
{
    private static FontFace Regular => Fonts.Chain(FontRole.Body, InlineStyle.None)[0];

    [Fact]
    public void Given_AV_in_Atkinson_Hyperlegible_When_shaped_Then_kerning_makes_it_narrower_than_its_letters()
    {
        var pair = Shaper.Shape(Regular, "AV").Advance;
        var letters = Shaper.Shape(Regular, "A").Advance + Shaper.Shape(Regular, "V").Advance;

        Assert.True(pair < letters, $"AV is {pair} units, A + V is {letters}.");
    }

    [Fact]
    public void Given_fi_in_Atkinson_Hyperlegible_When_shaped_Then_it_stays_two_glyphs_without_a_ligature()
    {
        var shaped = Shaper.Shape(Regular, "fi");

        Assert.Equal(2, shaped.Glyphs.Length);
        Assert.Equal(Shaper.Shape(Regular, "f").Advance + Shaper.Shape(Regular, "i").Advance, shaped.Advance);
    }

    [Fact]
    public void Given_a_size_When_a_word_is_broken_Then_its_width_scales_from_font_units()
    {
        var fragment = Assert.Single(Fragments(Break("AV", 10_000f)));

        Assert.Equal(Shaper.Shape(Regular, "AV").Advance * fragment.Size / Regular.UnitsPerEm, fragment.Width, 4);
    }

    [Theory]
    [InlineData(15f)]
    [InlineData(12.5f)]
    [InlineData(9.35f)]
    [InlineData(41.3f)]
    public void Given_any_size_Then_the_text_is_drawn_at_a_size_on_the_grid_within_three_hundredths_of_a_point(float size)
    {
        var fragment = TextFragment.From(Shaper.Shape(Regular, "Maisie"), size, SkiaSharp.SKColors.Black, null, "Maisie");

        Assert.InRange(fragment.Size, size - 0.031f, size + 0.031f);
        // A whole number of 1/16,384 points per font unit: every glyph position and advance sum is an exact float.
        var perUnit = fragment.Size / Regular.UnitsPerEm * 16384f;
        Assert.Equal(MathF.Round(perUnit), perUnit);
        Assert.All(fragment.X, x => Assert.Equal(MathF.Round(x * 16384f), x * 16384f));
    }

    [Theory]
    [InlineData("broken \uD800 surrogate")]
    [InlineData("low \uDC00 first")]
    [InlineData("ends high\uD83D")]
    [InlineData("\uDE00")]
    public void Given_a_lone_surrogate_When_broken_Then_it_becomes_a_replacement_character(string text)
    {
        var lines = Break(text, 10_000f);

        var all = string.Concat(lines.Select(l => l.Text));
        Assert.Contains('\uFFFD', all);
        Assert.DoesNotContain(all, char.IsSurrogate);
    }

    [Fact]
    public void Given_an_emoji_surrogate_pair_in_a_long_word_When_split_Then_the_pair_is_never_cut()
    {
        var word = string.Concat(Enumerable.Repeat("ab\U0001F600", 30));

        var lines = Break(word, 60f);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l.Text[^1]), $"'{l.Text}' ends inside a pair."));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Given_a_tab_and_control_characters_When_broken_Then_they_read_as_spaces()
    {
        var line = Assert.Single(Break("one\ttwo\u0007three", 10_000f));

        Assert.Equal(["one", "two", "three"], TextHelpers.Words(line).Select(f => f.Fragment.Text));
    }
}
