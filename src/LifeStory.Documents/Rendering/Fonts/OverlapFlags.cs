using System.Buffers.Binary;

namespace LifeStory.Documents.Rendering.Fonts;

/// <summary>
/// Clears the "contours overlap" flags from a TrueType font's glyphs, in place, and puts the checksums right.
/// </summary>
/// <remarks>
/// Fonts cut from variable designs (Fredoka, Lexend) mark glyphs whose contours overlap. For each marked glyph
/// FreeType tells Skia, and Skia's PDF writer, which loads every drawn glyph's outline only to learn that it
/// has one, runs a full path simplification on it: for a subset made fresh for each document that was a
/// noticeable part of writing a letter. The PDF never uses those outlines (the font is embedded as TrueType
/// and the reader fills it with the non-zero rule, which draws overlaps correctly), so the mark can go.
/// </remarks>
internal static class OverlapFlags
{
    private const byte OverlapSimple = 0x40;
    private const ushort OverlapCompound = 0x0400;

    /// <summary>Clears the flags; a font whose tables cannot be read is left exactly as it was.</summary>
    public static void Clear(byte[] font)
    {
        if (!TryFindTable(font, "head", out var head, out _) || !TryFindTable(font, "loca", out var loca, out var locaLength)
            || !TryFindTable(font, "glyf", out var glyf, out var glyfLength) || head.Offset + 54 > font.Length)
            return;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphs = locaLength / (longOffsets ? 4 : 2) - 1;
        var changed = false;
        for (var g = 0; g < glyphs; g++)
        {
            var start = LocaEntry(font, loca.Offset, g, longOffsets);
            var end = LocaEntry(font, loca.Offset, g + 1, longOffsets);
            if (end - start < 12 || end > glyfLength) continue;
            changed |= ClearGlyph(font.AsSpan(glyf.Offset + start, end - start));
        }
        if (!changed) return;
        SetChecksum(font, glyf.Record, glyf.Offset, glyfLength);
        SetWholeFontChecksum(font, head.Offset);
    }

    private static bool ClearGlyph(Span<byte> glyph)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours > 0)
        {
            // Header (10 bytes), the contours' end points, the instructions, then the first point's flags.
            var at = 10 + 2 * contours;
            if (at + 2 > glyph.Length) return false;
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            if (at >= glyph.Length || (glyph[at] & OverlapSimple) == 0) return false;
            glyph[at] &= unchecked((byte)~OverlapSimple);
            return true;
        }
        if (contours < 0)
        {
            // A composite: the flag sits on the first component.
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[10..]);
            if ((flags & OverlapCompound) == 0) return false;
            BinaryPrimitives.WriteUInt16BigEndian(glyph[10..], (ushort)(flags & ~OverlapCompound));
            return true;
        }
        return false;
    }

    private static int LocaEntry(byte[] font, int loca, int glyph, bool longOffsets) => longOffsets
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * glyph))
        : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + 2 * glyph));

    private readonly record struct Table(int Record, int Offset);

    private static bool TryFindTable(byte[] font, string tag, out Table table, out int length)
    {
        table = default;
        length = 0;
        if (font.Length < 12) return false;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            if (record + 16 > font.Length) return false;
            if (font[record] != tag[0] || font[record + 1] != tag[1] || font[record + 2] != tag[2] || font[record + 3] != tag[3]) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            if (offset < 0 || length < 0 || offset + length > font.Length) return false;
            table = new Table(record, offset);
            return true;
        }
        return false;
    }

    private static uint Sum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= bytes.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]);
        if (i < bytes.Length)
        {
            Span<byte> last = stackalloc byte[4];
            bytes[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }

    private static void SetChecksum(byte[] font, int record, int offset, int length) =>
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Sum(font.AsSpan(offset, length)));

    /// <summary>The head table's adjustment makes the whole file sum to 0xB1B0AFBA (OpenType spec, 'head').</summary>
    private static void SetWholeFontChecksum(byte[] font, int head)
    {
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0xB1B0AFBA - Sum(font));
    }
}
