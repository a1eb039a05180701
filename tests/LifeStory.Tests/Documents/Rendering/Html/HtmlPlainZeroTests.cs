using System.Text.RegularExpressions;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Tests.Documents.Rendering.Html;

/// <summary>
/// The HTML page reads dates and phone numbers as the PDF does: where the body font's zero is slashed, digits
/// come from an embedded face with a plain zero, limited to the digits and listed before the body font.
/// </summary>
public sealed class HtmlPlainZeroTests
{
    private const string Dates = "# A\n\nBorn on 10 May 2020; call 0800 1111.";

    [Fact]
    public void Given_digits_and_a_body_font_with_a_slashed_zero_When_written_Then_digits_come_from_a_plain_zero_face_before_the_body_font()
    {
        var css = Style(HtmlPages.Write(Dates, theme: Theme.Book, embedFonts: true));

        Assert.True(FontLibrary.For(Theme.Book.Fonts).Chain(FontRole.Body, LifeStory.Documents.Model.InlineStyle.None)[0].SlashedZero);
        var digits = Faces(css).Where(f => f.Contains("font-family: \"LifeStory Digits\"")).ToList();
        Assert.Equal(4, digits.Count);
        Assert.All(digits, face => Assert.Contains("unicode-range: U+0030-0039; ", face));
        foreach (var face in digits)
        {
            var path = Path.Combine(Path.GetTempPath(), $"lifestory-digits-{Guid.NewGuid():N}.ttf");
            File.WriteAllBytes(path, Convert.FromBase64String(Regex.Match(face, "base64,([^)]*)\\)").Groups[1].Value));
            try
            {
                using var font = new FontFace(path);
                Assert.False(font.SlashedZero);
                // Drawn as tall as the body font's digits, as in the PDF.
                var body = FontLibrary.For(Theme.Book.Fonts).Chain(FontRole.Body, LifeStory.Documents.Model.InlineStyle.None)[0];
                var adjust = double.Parse(Regex.Match(face, "size-adjust: ([0-9.]+)%; ").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(adjust / 100 * font.DigitHeight / body.DigitHeight, 0.995, 1.005);
                Assert.True(adjust < 100, "Lexend's digits stand taller than Atkinson's, so they are drawn smaller.");
            }
            finally { File.Delete(path); }
        }
        Assert.Matches("body \\{[^}]*font-family: \"LifeStory Digits\", \"LifeStory Body\",", css);
    }

    [Fact]
    public void Given_the_dyslexia_friendly_look_whose_zero_is_plain_When_written_with_digits_Then_no_digit_face_is_added()
    {
        var css = Style(HtmlPages.Write(Dates, theme: Theme.DyslexiaFriendly, embedFonts: true));

        Assert.NotEmpty(Faces(css));
        Assert.DoesNotContain(Faces(css), f => f.Contains("\"LifeStory Digits\""));
    }

    private static List<string> Faces(string css) => Regex.Matches(css, "@font-face \\{[^}]*\\}").Select(m => m.Value).ToList();

    private static string Style(string html) => HtmlPages.Parse(html).Root!.Element("head")!.Element("style")!.Value;
}
