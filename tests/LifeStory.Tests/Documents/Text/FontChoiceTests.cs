using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Text;

public sealed class FontChoiceTests
{
    [Fact]
    public void Given_plain_bold_italic_and_bold_italic_runs_When_broken_Then_each_uses_its_own_face()
    {
        var lines = Break(
        [
            new Inline("plain "),
            new Inline("strong ", InlineStyle.Bold),
            new Inline("slanted ", InlineStyle.Italic),
            new Inline("both", InlineStyle.Bold | InlineStyle.Italic),
        ], 10_000f);

        var faces = Fragments(lines).ToDictionary(f => f.Text, FaceFile);
        Assert.Equal("AtkinsonHyperlegible_400Regular.ttf", faces["plain"]);
        Assert.Equal("AtkinsonHyperlegible_700Bold.ttf", faces["strong"]);
        Assert.Equal("AtkinsonHyperlegible_400Regular_Italic.ttf", faces["slanted"]);
        Assert.Equal("AtkinsonHyperlegible_700Bold_Italic.ttf", faces["both"]);
    }

    [Fact]
    public void Given_a_bold_run_inside_a_word_When_broken_Then_the_word_holds_one_fragment_per_style()
    {
        var line = Assert.Single(Break([new Inline("un"), new Inline("believ", InlineStyle.Bold), new Inline("able")], 10_000f));

        Assert.Equal(["un", "believ", "able"], TextHelpers.Words(line).Select(f => f.Fragment.Text));
        Assert.Equal(["AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf", "AtkinsonHyperlegible_400Regular.ttf"],
            TextHelpers.Words(line).Select(f => FaceFile(f.Fragment)));
    }

    [Fact]
    public void Given_an_Arabic_name_inside_English_When_broken_Then_it_uses_Noto_Sans_Arabic_with_real_glyphs()
    {
        var lines = Break("My friend مريم lives next door", 10_000f);

        var arabic = Assert.Single(Fragments(lines), f => f.Text == "مريم");
        Assert.Equal("NotoSansArabic_400Regular.ttf", FaceFile(arabic));
        Assert.NotEmpty(arabic.Glyphs);
        Assert.DoesNotContain((ushort)0, arabic.Glyphs);
        Assert.All(Fragments(lines).Where(f => f.Text != "مريم"),
            f => Assert.Equal("AtkinsonHyperlegible_400Regular.ttf", FaceFile(f)));
    }

    [Fact]
    public void Given_bold_Arabic_When_broken_Then_it_uses_the_bold_Arabic_face()
    {
        var lines = Break([new Inline("يوسف", InlineStyle.Bold)], 10_000f);

        var fragment = Assert.Single(Fragments(lines));
        Assert.Equal("NotoSansArabic_700Bold.ttf", FaceFile(fragment));
        Assert.DoesNotContain((ushort)0, fragment.Glyphs);
    }

    [Fact]
    public void Given_Latin_text_When_shaped_Then_no_glyph_is_notdef()
    {
        var lines = Break("The quick brown fox jumps over the lazy dog, 1234567890!", 10_000f);

        Assert.All(Fragments(lines), f => Assert.DoesNotContain((ushort)0, f.Glyphs));
    }
}
