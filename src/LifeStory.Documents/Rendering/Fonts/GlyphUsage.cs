using LifeStory.Documents.Layout;
using LifeStory.Documents.Text;

namespace LifeStory.Documents.Rendering.Fonts;

/// <summary>Which glyphs of which fonts a laid-out document draws: what each font's subset must keep.</summary>
internal static class GlyphUsage
{
    /// <summary>
    /// Glyph ids per face, in the order faces are first met so the result is the same on every run. Glyph 0
    /// (.notdef) and the space are always kept: fallback text may draw the one, PDF readers look for the other.
    /// </summary>
    public static IReadOnlyList<(FontFace Face, SortedSet<ushort> Glyphs)> Collect(LaidOutDocument document)
    {
        var used = new List<(FontFace Face, SortedSet<ushort> Glyphs)>();
        var byFace = new Dictionary<FontFace, SortedSet<ushort>>(ReferenceEqualityComparer.Instance);
        foreach (var page in document.Pages)
        foreach (var text in DrawnItems.On(page).OfType<TextItem>())
        foreach (var placed in text.Line.Fragments)
        {
            var fragment = placed.Fragment;
            if (!byFace.TryGetValue(fragment.Face, out var glyphs))
            {
                glyphs = [0];
                if (fragment.Face.Shaping.TryGetGlyph(' ', out var space)) glyphs.Add((ushort)space);
                byFace.Add(fragment.Face, glyphs);
                used.Add((fragment.Face, glyphs));
            }
            glyphs.UnionWith(fragment.Glyphs);
        }
        return used;
    }
}
