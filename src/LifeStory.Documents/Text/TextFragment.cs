using SkiaSharp;

namespace LifeStory.Documents.Text;

/// <summary>Shaped glyphs for a piece of one word in one font, size and colour, ready to place on a line.</summary>
public sealed record TextFragment(FontFace Face, float Size, SKColor Color, string? Link, string Text,
    ushort[] Glyphs, uint[] Clusters, float[] X, float[] Y, float Width)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ShapedText, float, SKColor, string?), TextFragment> Scaled = new();

    /// <summary>
    /// The shaped text at a size and colour. Fragments are immutable, so the same word in the same style is one
    /// object however often it appears: a book repeats its words, and layout allocates far less.
    /// </summary>
    internal static TextFragment From(ShapedText shaped, float size, SKColor color, string? link, string text) =>
        Scaled.GetOrAdd((shaped, size, color, link), static (key, text) => Create(key.Item1, key.Item2, key.Item3, key.Item4, text), text);

    private static TextFragment Create(ShapedText shaped, float size, SKColor color, string? link, string text)
    {
        var scale = size / shaped.Face.UnitsPerEm;
        var xs = new float[shaped.X.Length];
        var ys = new float[shaped.Y.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = shaped.X[i] * scale;
            ys[i] = shaped.Y[i] * scale;
        }
        return new TextFragment(shaped.Face, size, color, link, text, shaped.Glyphs, shaped.Clusters, xs, ys, shaped.Advance * scale);
    }
}
