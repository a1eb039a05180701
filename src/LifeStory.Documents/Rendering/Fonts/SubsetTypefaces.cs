using LifeStory.Documents.Layout;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Documents.Rendering.Fonts;

/// <summary>
/// The typefaces one PDF draws with: for each font the document uses, a typeface made from a subset of the
/// font file holding only the glyphs the document draws, so the PDF embeds kilobytes rather than whole
/// files. A font HarfBuzz cannot subset, or text holding a glyph its subset lacks, is drawn with the full
/// typeface: a bigger PDF, never a failed one or a missing letter.
/// Dispose after the PDF is closed: Skia reads the font data when it writes the fonts at the end.
/// </summary>
internal sealed class SubsetTypefaces : IDisposable
{
    private readonly Dictionary<FontFace, (SKTypeface Typeface, IReadOnlySet<ushort> Glyphs)> _subsets = new(ReferenceEqualityComparer.Instance);

    // The subset bytes stay alive with their typefaces: cheap, and no question of who owns the memory.
    private readonly List<SKData> _data = [];

    private SubsetTypefaces() { }

    public static SubsetTypefaces Build(LaidOutDocument document)
    {
        var typefaces = new SubsetTypefaces();
        foreach (var (face, glyphs) in GlyphUsage.Collect(document))
        {
            var bytes = FontSubsetter.Subset(face.HarfBuzzFace, glyphs);
            if (bytes is null) continue;
            OverlapFlags.Clear(bytes);
            var data = SKData.CreateCopy(bytes);
            typefaces._data.Add(data);
            if (SKTypeface.FromData(data) is { } typeface)
                typefaces._subsets.Add(face, (typeface, glyphs));
        }
        return typefaces;
    }

    /// <summary>
    /// The typeface to draw this fragment with: its font's subset when that holds all of its glyphs, else the
    /// full typeface, so text the glyph scan did not see (a new kind of page item) still prints whole.
    /// </summary>
    public SKTypeface For(TextFragment fragment) =>
        _subsets.TryGetValue(fragment.Face, out var subset) && fragment.Glyphs.All(subset.Glyphs.Contains)
            ? subset.Typeface
            : fragment.Face.Typeface;

    public void Dispose()
    {
        foreach (var (typeface, _) in _subsets.Values) typeface.Dispose();
        _subsets.Clear();
        foreach (var data in _data) data.Dispose();
        _data.Clear();
    }
}
