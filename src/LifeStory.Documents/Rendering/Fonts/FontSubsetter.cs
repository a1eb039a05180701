using System.Runtime.InteropServices;
using HarfBuzzSharp;
using static LifeStory.Documents.Rendering.Fonts.HarfBuzzSubsetApi;

namespace LifeStory.Documents.Rendering.Fonts;

/// <summary>
/// Cuts a font file down to the glyphs a document uses, with HarfBuzz's subsetter. Skia's PDF backend (as
/// SkiaSharp builds it) embeds every font file whole, so without this a two-page letter carries three
/// complete fonts.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>
    /// Layout tables only matter for shaping, which is done before drawing; the PDF needs outlines, metrics
    /// and the character map. Dropping them also stops HarfBuzz pulling in every alternate form they reach.
    /// </summary>
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "BASE", "JSTF", "MATH"];

    /// <summary>
    /// The font file holding only the given glyphs (plus their composite parts), or null when HarfBuzz
    /// cannot subset it. Glyph ids keep their numbers (retain-gids), so glyphs shaped with the full font
    /// draw unchanged with the subset; the character map keeps every code point of the kept glyphs, so a
    /// PDF's text maps back to the same letters.
    /// </summary>
    public static byte[]? Subset(Face face, IEnumerable<ushort> glyphs)
    {
        var input = InputCreate();
        if (input == IntPtr.Zero) return null;
        try
        {
            var glyphSet = InputSet(input, GlyphIndexSet);
            foreach (var glyph in glyphs) SetAdd(glyphSet, glyph);
            var dropSet = InputSet(input, DropTableTagSet);
            foreach (var table in DroppedTables) SetAdd(dropSet, Tag.Parse(table));
            // The .notdef outline stays: the body font's box is what a missing character is drawn as.
            InputSetFlags(input, InputGetFlags(input) | RetainGids | NotdefOutline | NoLayoutClosure | NoHinting);
            return Serialise(SubsetOrFail(face.Handle, input));
        }
        finally
        {
            InputDestroy(input);
        }
    }

    private static byte[]? Serialise(IntPtr subset)
    {
        if (subset == IntPtr.Zero) return null;
        var blob = FaceReferenceBlob(subset);
        try
        {
            var data = BlobGetData(blob, out var length);
            if (data == IntPtr.Zero || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            BlobDestroy(blob);
            FaceDestroy(subset);
        }
    }
}
