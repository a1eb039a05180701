using System.Buffers.Binary;

namespace LifeStory.SampleArt.Heif;

/// <summary>
/// Gives a HEIF file's primary picture a rotation, as an iPhone does for a photo taken upright: the pixels stay as the
/// sensor saw them and an <c>irot</c> property says how a viewer must turn them. (<c>heif-enc</c> 1.15 has no option
/// for it.) The property is appended to <c>ipco</c> and tied to the primary item in <c>ipma</c>; every box around
/// them grows, and because <c>mdat</c> follows <c>meta</c>, every file offset in <c>iloc</c> moves by as much.
/// </summary>
public static class HeifRotation
{
    /// <param name="anticlockwiseQuarters">The irot angle: 1 = 90°, 2 = 180°, 3 = 270° anticlockwise (an iPhone held upright).</param>
    public static byte[] Add(byte[] heif, int anticlockwiseQuarters)
    {
        var file = new List<byte>(heif);
        var meta = Find(heif, 0, heif.Length, "meta") ?? throw new InvalidDataException("No meta box.");
        var inner = meta.Start + 12; // meta is a full box
        var pitm = Find(heif, inner, meta.End, "pitm") ?? throw new InvalidDataException("No pitm box.");
        var primary = heif[pitm.Start + 8] == 0 ? BinaryPrimitives.ReadUInt16BigEndian(heif.AsSpan(pitm.Start + 12)) : (int)BinaryPrimitives.ReadUInt32BigEndian(heif.AsSpan(pitm.Start + 12));
        var iloc = Find(heif, inner, meta.End, "iloc") ?? throw new InvalidDataException("No iloc box.");
        var iprp = Find(heif, inner, meta.End, "iprp") ?? throw new InvalidDataException("No iprp box.");
        var ipco = Find(heif, iprp.Start + 8, iprp.End, "ipco") ?? throw new InvalidDataException("No ipco box.");
        var ipma = Find(heif, iprp.Start + 8, iprp.End, "ipma") ?? throw new InvalidDataException("No ipma box.");
        if (ipma.Start < ipco.Start || iloc.Start > iprp.Start) throw new InvalidDataException("Boxes in an order this patch does not expect.");

        var index = Children(heif, ipco.Start + 8, ipco.End) + 1;
        byte[] irot = [0, 0, 0, 9, .. "irot"u8, (byte)(anticlockwiseQuarters & 3)];

        // ipma: find the primary item's entry and add an essential association to the new property.
        var version = heif[ipma.Start + 8];
        var wide = (heif[ipma.Start + 11] & 1) != 0;
        var at = ipma.Start + 12;
        var count = BinaryPrimitives.ReadUInt32BigEndian(heif.AsSpan(at));
        at += 4;
        int? insertAt = null, countAt = null;
        for (var e = 0; e < count; e++)
        {
            var id = version < 1 ? BinaryPrimitives.ReadUInt16BigEndian(heif.AsSpan(at)) : (int)BinaryPrimitives.ReadUInt32BigEndian(heif.AsSpan(at));
            at += version < 1 ? 2 : 4;
            var associations = heif[at];
            var end = at + 1 + associations * (wide ? 2 : 1);
            if (id == primary) (countAt, insertAt) = (at, end);
            at = end;
        }
        if (insertAt is null || countAt is null) throw new InvalidDataException("The primary item has no properties.");
        byte[] association = wide ? [(byte)(0x80 | (index >> 8)), (byte)index] : [(byte)(0x80 | index)];
        var grown = irot.Length + association.Length;

        // Later positions first, so earlier ones stay valid.
        file.InsertRange(insertAt.Value, association);
        file[countAt.Value]++;
        file.InsertRange(ipco.End, irot);
        Grow(file, ipma.Start + irot.Length, association.Length);
        Grow(file, ipco.Start, irot.Length);
        Grow(file, iprp.Start, grown);
        Grow(file, meta.Start, grown);
        var patched = file.ToArray();
        ShiftOffsets(patched, iloc.Start, meta.End, grown);
        return patched;
    }

    private sealed record Box(int Start, int End);

    private static Box? Find(byte[] bytes, int from, int to, string type)
    {
        for (var at = from; at + 8 <= to;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (size < 8) throw new InvalidDataException("Box sizes of 0 or 64 bits are not expected here.");
            if (bytes.AsSpan(at + 4, 4).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(type))) return new Box(at, at + size);
            at += size;
        }
        return null;
    }

    private static int Children(byte[] bytes, int from, int to)
    {
        var n = 0;
        for (var at = from; at + 8 <= to; n++) at += (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
        return n;
    }

    private static void Grow(List<byte> file, int boxStart, int by)
    {
        var size = (int)BinaryPrimitives.ReadUInt32BigEndian([file[boxStart], file[boxStart + 1], file[boxStart + 2], file[boxStart + 3]]) + by;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)size);
        for (var i = 0; i < 4; i++) file[boxStart + i] = bytes[i];
    }

    /// <summary>Moves every file offset in iloc (construction method 0: data in this file, after meta) by <paramref name="by"/> bytes.</summary>
    private static void ShiftOffsets(byte[] file, int ilocStart, int metaEnd, int by)
    {
        var version = file[ilocStart + 8];
        var at = ilocStart + 12;
        var offsetSize = file[at] >> 4;
        var lengthSize = file[at] & 15;
        var baseOffsetSize = file[at + 1] >> 4;
        var indexSize = version >= 1 ? file[at + 1] & 15 : 0;
        at += 2;
        var items = version < 2 ? BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at)) : (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at));
        at += version < 2 ? 2 : 4;
        for (var i = 0; i < items; i++)
        {
            at += version < 2 ? 2 : 4;
            var method = 0;
            if (version >= 1)
            {
                method = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at)) & 15;
                at += 2;
            }
            at += 2; // data reference index
            var baseOffset = Read(file, at, baseOffsetSize);
            var shiftBase = method == 0 && baseOffsetSize > 0 && baseOffset >= (ulong)metaEnd;
            if (shiftBase) Write(file, at, baseOffsetSize, baseOffset + (ulong)by);
            at += baseOffsetSize;
            var extents = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at));
            at += 2;
            for (var e = 0; e < extents; e++)
            {
                at += indexSize;
                var offset = Read(file, at, offsetSize);
                if (method == 0 && !shiftBase && offset >= (ulong)metaEnd) Write(file, at, offsetSize, offset + (ulong)by);
                at += offsetSize + lengthSize;
            }
        }
    }

    private static ulong Read(byte[] bytes, int at, int size) => size switch
    {
        0 => 0,
        4 => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at)),
        8 => BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(at)),
        _ => throw new InvalidDataException($"An iloc field of {size} bytes is not expected."),
    };

    private static void Write(byte[] bytes, int at, int size, ulong value)
    {
        if (size == 4) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), checked((uint)value));
        else BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(at), value);
    }
}
