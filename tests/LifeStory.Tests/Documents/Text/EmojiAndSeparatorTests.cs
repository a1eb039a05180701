using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Text;

/// <summary>Emoji print from the Noto Emoji fallback, not as empty boxes; Unicode line separators are line breaks.</summary>
public sealed class EmojiAndSeparatorTests
{
    [Theory]
    [InlineData("😀")]
    [InlineData("❤")]
    [InlineData("🐰")]
    [InlineData("⚽")]
    [InlineData("🦖")]
    public void Given_an_emoji_in_a_sentence_When_broken_Then_it_is_drawn_from_the_emoji_font_with_a_real_glyph(string emoji)
    {
        var lines = Break($"I am happy {emoji} today", 10_000f);

        var fragment = Assert.Single(Fragments(lines), f => f.Text.Contains(emoji, StringComparison.Ordinal));
        Assert.Equal("NotoEmoji_400Regular.ttf", FaceFile(fragment));
        Assert.DoesNotContain((ushort)0, fragment.Glyphs);
        Assert.All(Fragments(lines).Where(f => f.Text is "I" or "am" or "happy" or "today"),
            f => Assert.Equal("AtkinsonHyperlegible_400Regular.ttf", FaceFile(f)));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void Given_a_unicode_separator_in_Markdown_When_read_and_broken_Then_it_is_a_line_break_with_no_box(char separator)
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(MarkdownReader.Read($"first line{separator}second line", new DocumentInfo("x")).Blocks));

        var lines = Break(paragraph.Inlines, 10_000f);

        Assert.Equal(["first line", "second line"], lines.Select(l => l.Text.Trim()));
        Assert.All(Fragments(lines), f => Assert.DoesNotContain((ushort)0, f.Glyphs));
    }
}
