using LifeStory.Documents.Layout;
using static LifeStory.Tests.Documents.Layout.Lay;
using static LifeStory.Tests.Documents.Text.TextHelpers;

namespace LifeStory.Tests.Documents.Layout.Blocks;

public sealed class MixedScriptLayoutTests
{
    private const string Atkinson = "AtkinsonHyperlegible_400Regular.ttf";
    private const string Arabic = "NotoSansArabic_400Regular.ttf";
    private const string Ethiopic = "NotoSansEthiopic_400Regular.ttf";

    [Fact]
    public void Given_English_Arabic_and_Tigrinya_in_one_paragraph_When_laid_out_Then_each_word_uses_its_scripts_font_with_real_glyphs()
    {
        var laid = Out([Paragraph("Welcome home مرحبا بك ሰላም ንዓኻ friend")]);

        LayoutInvariants.AssertHold(laid);
        var line = Assert.Single(Flow(laid, laid.Pages.Single()).OfType<TextItem>()).Line;
        var fragments = Words(line).Select(p => p.Fragment).ToList();
        var expected = new Dictionary<string, string>
        {
            ["Welcome"] = Atkinson, ["home"] = Atkinson, ["friend"] = Atkinson,
            ["مرحبا"] = Arabic, ["بك"] = Arabic,
            ["ሰላም"] = Ethiopic, ["ንዓኻ"] = Ethiopic,
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), fragments.Select(f => f.Text).Order(StringComparer.Ordinal));
        foreach (var fragment in fragments)
        {
            Assert.Equal(expected[fragment.Text], FaceFile(fragment));
            Assert.NotEmpty(fragment.Glyphs);
            Assert.DoesNotContain((ushort)0, fragment.Glyphs);
        }
    }

    [Fact]
    public void Given_an_Arabic_phrase_inside_English_When_laid_out_Then_its_words_run_right_to_left_between_the_English_words()
    {
        var laid = Out([Paragraph("Welcome home مرحبا بك ሰላም ንዓኻ friend")]);

        var line = Assert.Single(Flow(laid, laid.Pages.Single()).OfType<TextItem>()).Line;
        var x = Words(line).ToDictionary(p => p.Fragment.Text, p => p.X);
        // In visual order: Welcome home [بك مرحبا] ሰላም ንዓኻ friend.
        Assert.True(x["home"] < x["بك"] && x["بك"] < x["مرحبا"] && x["مرحبا"] < x["ሰላም"] && x["ሰላም"] < x["ንዓኻ"] && x["ንዓኻ"] < x["friend"],
            string.Join(", ", x.OrderBy(p => p.Value).Select(p => p.Key)));
    }
}
