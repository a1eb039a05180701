using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Text;

/// <summary>Shared pieces for line-breaking tests: the real fonts, a body style and small measuring helpers.</summary>
internal static class TextHelpers
{
    public static FontLibrary Fonts => FontLibrary.Default;

    public static ParagraphStyle Body { get; } = new(FontRole.Body, 15f, SKColors.Black, 1.45f);

    public static IReadOnlyList<TextLine> Break(string text, float width) => LineBreaker.Break([new Inline(text)], Body, Fonts, width);

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<Inline> inlines, float width) => LineBreaker.Break(inlines, Body, Fonts, width);

    /// <summary>The width of text set on one unconstrained line.</summary>
    public static float Measure(string text) => Assert.Single(Break(text, 10_000f)).Width;

    public static string FaceFile(TextFragment fragment) => Path.GetFileName(fragment.Face.Path);

    /// <summary>The fragments that carry words: the space glyphs placed between words are left out.</summary>
    public static IEnumerable<TextFragment> Fragments(IEnumerable<TextLine> lines) =>
        lines.SelectMany(Words).Select(p => p.Fragment);

    /// <summary>A line's placed fragments without the space glyphs between words.</summary>
    public static IEnumerable<PlacedFragment> Words(TextLine line) => line.Fragments.Where(f => f.Fragment.Text != " ");
}
