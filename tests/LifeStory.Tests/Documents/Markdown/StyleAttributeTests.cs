using LifeStory.Documents.Model;
using static LifeStory.Tests.Documents.Markdown.Md;

namespace LifeStory.Tests.Documents.Markdown;

public sealed class StyleAttributeTests
{
    private static PictureStyle StyleOf(string markdown) => Assert.IsType<PictureBlock>(Assert.Single(Blocks(markdown))).Style;

    private static IReadOnlyList<Inline> Inlines(string markdown) => Assert.IsType<ParagraphBlock>(Assert.Single(Blocks(markdown))).Inlines;

    [Fact]
    public void Given_every_picture_attribute_When_read_Then_the_picture_style_carries_each_one()
    {
        var style = StyleOf("![Beach](beach.jpg){.fill .polaroid .half .bw focus=0.2,0.8 height=120}");

        Assert.Equal(new PictureStyle(PictureFit.Fill, PictureFrame.Polaroid, 0.5f, 0.2f, 0.8f, BlackAndWhite: true, Height: 120f), style);
    }

    [Fact]
    public void Given_a_picture_without_attributes_When_read_Then_it_has_the_default_style()
    {
        Assert.Equal(PictureStyle.Default, StyleOf("![Beach](beach.jpg)"));
        Assert.Equal(new PictureStyle(PictureFit.Fit, PictureFrame.Rounded, 1f, 0.5f, 0.5f, false, null), PictureStyle.Default);
    }

    [Theory]
    [InlineData("{.third}", 1f / 3)]
    [InlineData("{.two-thirds}", 2f / 3)]
    [InlineData("{.small}", 0.4f)]
    [InlineData("{.half}", 0.5f)]
    public void Given_a_width_class_When_read_Then_the_width_is_that_share_of_the_column(string attributes, float width)
    {
        Assert.Equal(width, StyleOf("![A](a.png)" + attributes).Width, 5);
    }

    [Fact]
    public void Given_a_square_frame_When_read_Then_the_frame_is_square()
    {
        Assert.Equal(PictureFrame.Square, StyleOf("![A](a.png){.square}").Frame);
    }

    [Theory]
    [InlineData("{focus=1.5,0.2}")]
    [InlineData("{focus=0.2}")]
    [InlineData("{focus=a,b}")]
    [InlineData("{height=5}")]
    [InlineData("{height=5000}")]
    [InlineData("{height=tall}")]
    [InlineData("{.sparkly wobble=3}")]
    public void Given_unusable_attribute_values_When_read_Then_they_are_ignored(string attributes)
    {
        Assert.Equal(PictureStyle.Default, StyleOf("![A](a.png)" + attributes));
    }

    [Fact]
    public void Given_a_name_marked_large_and_accent_When_read_Then_its_run_is_large_and_accented_and_nothing_else()
    {
        var inlines = Inlines("Hello ::Maisie::{.large .accent} and friends");

        var name = Assert.Single(inlines, i => i.Text == "Maisie");
        Assert.Equal(InlineStyle.Large | InlineStyle.Accent, name.Style);
        Assert.Equal("Hello Maisie and friends", Plain(inlines));
        Assert.All(inlines.Where(i => i.Text != "Maisie"), i => Assert.Equal(InlineStyle.None, i.Style));
    }

    [Fact]
    public void Given_italic_words_marked_small_When_read_Then_the_run_is_italic_and_small()
    {
        var inlines = Inlines("Big news *x*{.small} here");

        Assert.Equal([new Inline("Big news "), new Inline("x", InlineStyle.Italic | InlineStyle.Small), new Inline(" here")], inlines);
    }

    [Fact]
    public void Given_bold_words_marked_accent_When_read_Then_the_run_is_bold_and_accented()
    {
        var inlines = Inlines("**brave**{.accent}");

        Assert.Equal([new Inline("brave", InlineStyle.Bold | InlineStyle.Accent)], inlines);
    }
}
