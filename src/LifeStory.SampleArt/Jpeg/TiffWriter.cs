using System.Buffers.Binary;

namespace LifeStory.SampleArt.Jpeg;

/// <summary>
/// Writes a little-endian TIFF structure: header, IFD0 at offset 8, then each sub-directory (EXIF, GPS)
/// after its parent. Values longer than four bytes live after their directory, each on an even offset.
/// </summary>
public static class TiffWriter
{
    public static byte[] Write(Ifd root)
    {
        // Lay out first, so pointer entries know where their child directories will be.
        var order = new List<Ifd>();
        Collect(root, order);
        var offsets = new Dictionary<Ifd, uint>();
        uint next = 8;
        foreach (var ifd in order)
        {
            offsets[ifd] = next;
            next += Size(ifd);
        }

        var buffer = new byte[next];
        "II"u8.CopyTo(buffer);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), 8);
        foreach (var ifd in order) WriteIfd(buffer, ifd, offsets);
        return buffer;
    }

    private static void Collect(Ifd ifd, List<Ifd> order)
    {
        order.Add(ifd);
        foreach (var e in ifd.Entries)
            if (e.Child is { } child) Collect(child, order);
    }

    private static uint Size(Ifd ifd) =>
        (uint)(2 + 12 * ifd.Entries.Count + 4 + ifd.Entries.Where(e => e.Data.Length > 4).Sum(e => Even(e.Data.Length)));

    private static int Even(int n) => (n + 1) & ~1;

    private static void WriteIfd(byte[] buffer, Ifd ifd, Dictionary<Ifd, uint> offsets)
    {
        var start = (int)offsets[ifd];
        var entries = ifd.Entries;
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(start), (ushort)entries.Count);
        var data = start + 2 + 12 * entries.Count + 4;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var at = start + 2 + 12 * i;
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at), e.Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at + 2), (ushort)e.Type);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + 4), e.Count);
            if (e.Child is { } child)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + 8), offsets[child]);
            }
            else if (e.Data.Length <= 4)
            {
                // Short values sit left-justified inside the entry itself.
                e.Data.CopyTo(buffer, at + 8);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + 8), (uint)data);
                e.Data.CopyTo(buffer, data);
                data += Even(e.Data.Length);
            }
        }
        // The "next IFD" offset stays 0: there is no thumbnail directory.
    }
}
