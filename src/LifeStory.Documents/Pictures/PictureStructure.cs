using System.Buffers.Binary;
using System.IO.Hashing;

namespace LifeStory.Documents.Pictures;

/// <summary>What walking a file's structure found.</summary>
internal enum Structure
{
    Whole,
    CutShort,
    Damaged,
}

/// <summary>
/// Finds JPEG, PNG and HEIC/AVIF files that were cut short or damaged by walking their structure instead of decoding them.
/// </summary>
/// <remarks>
/// A camera photo's entropy-coded data has to be decoded in full at any scale, so checking it by decoding cost as
/// much again as preparing it for print (~30 ms for a 12-megapixel JPEG, every picture of a book, before layout).
/// Walking the markers costs a scan for 0xFF bytes: a JPEG copied part way has no end-of-image marker, and a PNG
/// copied part way ends inside a chunk. PNG chunks carry checksums, so a PNG damaged in the middle is found too;
/// a JPEG has none, and one damaged in the middle still prints, with a smear where the damage is.
/// </remarks>
internal static class PictureStructure
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static Structure Jpeg(ReadOnlySpan<byte> file)
    {
        if (file.Length < 2) return file.Length == 0 || file[0] == 0xFF ? Structure.CutShort : Structure.Damaged;
        if (file[0] != 0xFF || file[1] != 0xD8) return Structure.Damaged;
        var at = 2;
        while (true)
        {
            // A marker: 0xFF (any number of fill bytes), then its code.
            if (at >= file.Length) return Structure.CutShort;
            if (file[at] != 0xFF) return Structure.Damaged;
            while (at < file.Length && file[at] == 0xFF) at++;
            if (at >= file.Length) return Structure.CutShort;
            var code = file[at++];
            if (code == 0xD9) return Structure.Whole;
            if (code == 0x01 || code is >= 0xD0 and <= 0xD7) continue;
            if (at + 2 > file.Length) return Structure.CutShort;
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[at..]);
            if (length < 2) return Structure.Damaged;
            at += length;
            if (at > file.Length) return Structure.CutShort;
            if (code != 0xDA) continue;
            // After a start-of-scan header comes entropy-coded data, in which 0xFF is followed by 0x00 (a stuffed
            // byte) or a restart marker; any other code ends the scan.
            while (true)
            {
                var next = file[at..].IndexOf((byte)0xFF);
                if (next < 0 || at + next + 1 >= file.Length) return Structure.CutShort;
                at += next;
                var after = file[at + 1];
                if (after == 0x00 || after == 0xFF || after is >= 0xD0 and <= 0xD7)
                {
                    at += after == 0xFF ? 1 : 2;
                    continue;
                }
                break;
            }
        }
    }

    public static Structure Png(ReadOnlySpan<byte> file)
    {
        if (file.Length < PngSignature.Length) return Structure.CutShort;
        if (!file[..PngSignature.Length].SequenceEqual(PngSignature)) return Structure.Damaged;
        var at = PngSignature.Length;
        while (true)
        {
            if (at + 8 > file.Length) return Structure.CutShort;
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            if (length > int.MaxValue) return Structure.Damaged;
            var end = (long)at + 8 + length + 4;
            if (end > file.Length) return Structure.CutShort;
            var typeAndData = file.Slice(at + 4, 4 + (int)length);
            if (Crc32.HashToUInt32(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(file[(int)(end - 4)..]))
                return Structure.Damaged;
            if (typeAndData[..4].SequenceEqual("IEND"u8)) return Structure.Whole;
            at = (int)end;
        }
    }

    /// <summary>
    /// HEIC and AVIF are ISO base media files: a run of boxes, each starting with its length. A file copied part way
    /// ends inside one (the picture's data comes last, in its mdat box). The coded data carries no checksum, so one
    /// damaged in the middle is found only when it is decoded.
    /// </summary>
    public static Structure IsoBmff(ReadOnlySpan<byte> file)
    {
        if (file.Length < 8) return Structure.CutShort;
        if (!file[4..8].SequenceEqual("ftyp"u8)) return Structure.Damaged;
        long at = 0;
        while (at < file.Length)
        {
            if (at + 8 > file.Length) return Structure.CutShort;
            long size = BinaryPrimitives.ReadUInt32BigEndian(file[(int)at..]);
            var header = 8L;
            if (size == 1)
            {
                if (at + 16 > file.Length) return Structure.CutShort;
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(file[(int)(at + 8)..]), long.MaxValue);
                header = 16;
            }
            else if (size == 0)
            {
                return Structure.Whole; // the last box runs to the end of the file
            }
            if (size < header) return Structure.Damaged;
            if (at + size > file.Length) return Structure.CutShort;
            at += size;
        }
        return Structure.Whole;
    }
}
