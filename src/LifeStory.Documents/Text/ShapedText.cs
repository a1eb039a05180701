namespace LifeStory.Documents.Text;

/// <summary>
/// Glyphs for a short piece of text in one font, in visual order, with pen positions in font units
/// (multiply by size / units-per-em for points). Immutable, so one shaping can be reused at every size.
/// Clusters are UTF-16 offsets into the shaped text: the PDF needs them to map ligatures back to letters.
/// </summary>
internal sealed record ShapedText(FontFace Face, ushort[] Glyphs, uint[] Clusters, float[] X, float[] Y, float Advance, bool RightToLeft)
{
    /// <summary>The width at a size, on the same grid as <see cref="TextFragment"/>'s positions.</summary>
    public float Width(float size) => Advance * TextFragment.ScaleFor(size, Face.UnitsPerEm);
}
