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

    [Theory]
    [InlineData(InlineStyle.None)]
    [InlineData(InlineStyle.Bold)]
    public void Given_a_date_in_the_slashed_zero_font_When_drawn_Then_its_stand_in_digits_are_as_tall_and_as_heavy_as_the_body_fonts(InlineStyle style)
    {
        const float size = 14f;
        var fonts = FontLibrary.For(Theme.Book.Fonts);
        var main = fonts.Chain(FontRole.Body, style)[0];
        var line = LineBreaker.Break([new Inline("since 20 September 2021", style)], new ParagraphStyle(FontRole.Body, size, SKColors.Black, 1.4f), fonts, 10_000f).Single();
        var standIn = line.Fragments.Select(f => f.Fragment).First(f => f.Text.Contains('0'));
        Assert.True(main.SlashedZero);
        Assert.NotSame(main, standIn.Face);

        // Both drawn 200 px tall per point of the paragraph's size, the stand-in at the size and glyph scale the layout gave it.
        const float pixels = 200f;
        var body = Ink.Of(main, pixels);
        var digits = Ink.Of(standIn.Face, pixels * standIn.Size * standIn.GlyphScale / size);

        // Atkinson's "0" and "8" share one height; the slash stays inside the ring.
        Assert.InRange(digits.ZeroHeight / body.ZeroHeight, 0.985, 1.015);
        Assert.InRange(digits.ZeroHeight / body.EightHeight, 0.985, 1.015);
        // Weight: the stem of "1", and the grey 1 to 9 make (their ink per width; Atkinson's "0" is left out, its slash adds ink).
        Assert.InRange(digits.Stem / body.Stem, 0.85, 1.15);
        Assert.InRange(digits.Grey / body.Grey, 0.85, 1.15);
    }

    /// <summary>Digits rendered with anti-aliasing, measured in pixels: what a reader sees on the page.</summary>
    private sealed record Ink(double ZeroHeight, double EightHeight, double Stem, double Grey)
    {
        public static Ink Of(FontFace face, float pixels)
        {
            // Unhinted, as the PDF draws them: hinting snaps Atkinson's heights to whole pixels.
            using var font = new SKFont(face.Typeface, pixels) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };
            const string digits = "123456789";
            var ink = digits.Sum(c => Draw(font, c.ToString()).Ink);
            return new Ink(Draw(font, "0").Height, Draw(font, "8").Height, Draw(font, "1").MiddleStroke, ink / font.MeasureText(digits));
        }

        private static (int Height, double MiddleStroke, double Ink) Draw(SKFont font, string text)
        {
            var size = (int)(font.Size * 2);
            using var bitmap = new SKBitmap(size, size, SKColorType.Alpha8, SKAlphaType.Premul);
            using (var canvas = new SKCanvas(bitmap))
            using (var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black })
            {
                canvas.Clear(SKColors.Transparent);
                canvas.DrawText(text, font.Size / 4, font.Size * 1.5f, font, paint);
            }
            int top = size, bottom = -1;
            var ink = 0.0;
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    var alpha = bitmap.GetPixel(x, y).Alpha / 255.0;
                    if (alpha == 0) continue;
                    ink += alpha;
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            // Across the middle row from the left: the ink of the first stroke met (the stem of a "1").
            var middle = (top + bottom) / 2;
            var stroke = 0.0;
            for (var x = 0; x < size; x++)
            {
                var alpha = bitmap.GetPixel(x, middle).Alpha / 255.0;
                if (alpha > 0.02) stroke += alpha;
                else if (stroke > 0) break;
            }
            return (bottom - top + 1, stroke, ink);
        }
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
