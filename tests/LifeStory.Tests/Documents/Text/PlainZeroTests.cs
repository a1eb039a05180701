using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Text;

/// <summary>
/// Dates and phone numbers read naturally: no zero in a book or letter is drawn slashed or dotted, in any look,
/// role or style. Each "0" is shaped as the layout shapes it and its glyph is compared with the plain zero of the
/// font it was set in (the glyph the font maps "0" to, whose outline is the two rings of a plain 0).
/// </summary>
public sealed class PlainZeroTests
{
    private const string Numbers = "Born on 10 May 2020; call 01632 960000 or 0800 1111, room 0.";

    public static TheoryData<string, FontRole, InlineStyle> Styles()
    {
        var data = new TheoryData<string, FontRole, InlineStyle>();
        foreach (var look in Theme.Looks.Select(t => t.Look).Append("letter"))
        {
            data.Add(look, FontRole.Heading, InlineStyle.None);
            foreach (var style in new[] { InlineStyle.None, InlineStyle.Bold, InlineStyle.Italic, InlineStyle.Bold | InlineStyle.Italic })
                data.Add(look, FontRole.Body, style);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Given_digits_in_every_look_and_style_When_shaped_Then_each_zero_is_the_plain_zero_of_its_font(string look, FontRole role, InlineStyle style)
    {
        var theme = look == "letter" ? Theme.Letter : Theme.Named(look)!;
        var fonts = FontLibrary.For(theme.Fonts);
        var lines = LineBreaker.Break([new Inline(Numbers, style)], new ParagraphStyle(role, 14f, SKColors.Black, 1.4f), fonts, 10_000f);

        var zeros = 0;
        foreach (var fragment in lines.SelectMany(l => l.Fragments).Select(f => f.Fragment))
            for (var i = 0; i < fragment.Glyphs.Length; i++)
            {
                if (fragment.Text[(int)fragment.Clusters[i]] != '0') continue;
                zeros++;
                using var font = new SKFont(fragment.Face.Typeface, fragment.Face.UnitsPerEm);
                var plain = font.GetGlyphs("0")[0];
                Assert.Equal(plain, fragment.Glyphs[i]);
                Assert.True(Rings(font, plain) == 2, $"The zero of {Path.GetFileName(fragment.Face.Path)} is drawn with {Rings(font, plain)} outlines: slashed or dotted.");
            }
        Assert.Equal(Numbers.Count(c => c == '0'), zeros);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Given_a_line_with_digits_and_one_without_When_broken_Then_both_are_exactly_as_tall_with_the_same_baseline(string look, FontRole role, InlineStyle style)
    {
        var theme = look == "letter" ? Theme.Letter : Theme.Named(look)!;
        var fonts = FontLibrary.For(theme.Fonts);
        // Line height 1 lets the fonts' own ascent and descent decide the height, not the paragraph's spacing.
        var paragraph = new ParagraphStyle(role, 14f, SKColors.Black, 1f);

        var words = LineBreaker.Break([new Inline("Born on the tenth of May, in the morning.", style)], paragraph, fonts, 10_000f).Single();
        var digits = LineBreaker.Break([new Inline("Born on 10 May 2020, at 08:30.", style)], paragraph, fonts, 10_000f).Single();

        var main = fonts.Chain(role, style)[0];
        var faces = digits.Fragments.Select(f => f.Fragment.Face).Distinct().ToList();
        if (main.SlashedZero)
        {
            // The digits really are in a stand-in whose own lines are taller, so equal heights are the stand-in's doing.
            var standIn = Assert.Single(faces, f => f != main);
            Assert.True(standIn.Ascent + standIn.Descent > main.Ascent + main.Descent);
        }
        Assert.Equal(words.Height, digits.Height);
        Assert.Equal(words.Baseline, digits.Baseline);
    }

    [Fact]
    public void Given_the_body_fonts_When_their_zeros_are_drawn_Then_Atkinson_is_known_slashed_and_Lexend_plain()
    {
        var friendly = FontLibrary.For(FontSet.Friendly).Chain(FontRole.Body, InlineStyle.None)[0];
        var lexend = FontLibrary.For(FontSet.DyslexiaFriendly).Chain(FontRole.Body, InlineStyle.None)[0];

        Assert.True(friendly.SlashedZero);
        Assert.False(lexend.SlashedZero);
    }

    /// <summary>How many closed outlines draw a glyph: a plain 0 is an outer and an inner ring.</summary>
    private static int Rings(SKFont font, ushort glyph)
    {
        using var path = font.GetGlyphPath(glyph);
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        var rings = 0;
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
            if (verb == SKPathVerb.Move) rings++;
        return rings;
    }
}
