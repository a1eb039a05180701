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
        foreach (var text in page.Items.SelectMany(Flatten).OfType<TextItem>())
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

    /// <summary>
    /// The items the painter draws for this one: running headers arrive wrapped as page furniture, and a block
    /// taller than a page as a scaled group. Anything missed here still prints, with the whole font
    /// (see <see cref="SubsetTypefaces.For"/>).
    /// </summary>
    private static IEnumerable<PageItem> Flatten(PageItem item) => item switch
    {
        FurnitureItem furniture => Flatten(furniture.Inner),
        ScaledItem group => group.Items.SelectMany(Flatten),
        RotatedItem turned => turned.Items.SelectMany(Flatten),
        _ => [item],
    };
}
