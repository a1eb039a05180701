using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace LifeStory.Documents.Text;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, Arabic joining). Results are cached by font and text:
/// books repeat the same words endlessly, so regenerating after an edit shapes almost nothing new.
/// </summary>
internal static class Shaper
{
    private static readonly Feature[] NoLigatures = [Feature.Parse("-liga"), Feature.Parse("-clig")];

    private static readonly ConcurrentDictionary<(FontFace Face, string Text), ShapedText> Cache = new();

    /// <summary>
    /// Words a long-running server has shaped: a book uses a few thousand, so this many means months of edits.
    /// The cache then starts again rather than grow for the life of the process.
    /// </summary>
    private const int MaxEntries = 250_000;

    public static ShapedText Shape(FontFace face, string text)
    {
        if (Cache.Count > MaxEntries) Cache.Clear();
        return Cache.GetOrAdd((face, text), static key => ShapeUncached(key.Face, key.Text));
    }

    private static ShapedText ShapeUncached(FontFace face, string text)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        // Script and direction from the text itself: each piece we shape is a single script already.
        buffer.GuessSegmentProperties();
        if (face.Ligatures) face.Shaping.Shape(buffer);
        else face.Shaping.Shape(buffer, NoLigatures);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var ys = new float[infos.Length];
        var clusters = new uint[infos.Length];
        float pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            xs[i] = pen + positions[i].XOffset;
            // HarfBuzz's y grows upwards, Skia's downwards.
            ys[i] = -positions[i].YOffset;
            pen += positions[i].XAdvance;
        }
        return new ShapedText(face, glyphs, clusters, xs, ys, pen, buffer.Direction == Direction.RightToLeft);
    }
}
