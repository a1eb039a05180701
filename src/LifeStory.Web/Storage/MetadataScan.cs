using System.Buffers.Binary;

namespace LifeStory.Web.Storage;

/// <summary>
/// Whether a JPEG or PNG carries anything beyond its pixels: EXIF (with GPS, camera serial, orientation), XMP,
/// IPTC, comments or text chunks. Colour profiles are pixels' meaning, not metadata, and are allowed. A picture
/// that comes back clean is kept byte for byte, which is what makes an exported case import back identically.
/// </summary>
public static class MetadataScan
{
    private static readonly HashSet<string> PlainPngChunks = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs"];

    /// <summary>True when the picture is a JPEG or PNG with nothing but pixels, colour and size information.</summary>
    public static bool IsClean(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 8 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? JpegIsClean(bytes)
        : bytes.Length > 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && PngIsClean(bytes);

    private static bool JpegIsClean(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF) return false;
            var marker = bytes[at + 1];
            if (marker == 0xDA) return true; // start of scan: no metadata segment comes before the pixels end
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            var payload = bytes.Slice(at + 4, Math.Max(0, Math.Min(length - 2, bytes.Length - at - 4)));
            var allowed = marker switch
            {
                0xE0 => payload.StartsWith("JFIF\0"u8),
                0xE2 => payload.StartsWith("ICC_PROFILE\0"u8),
                0xEE => payload.StartsWith("Adobe"u8),
                >= 0xE1 and <= 0xEF => false,
                0xFE => false,
                _ => true,
            };
            if (!allowed) return false;
            at += 2 + length;
        }
        return false;
    }

    private static bool PngIsClean(ReadOnlySpan<byte> bytes)
    {
        var at = 8;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            var type = System.Text.Encoding.ASCII.GetString(bytes.Slice(at + 4, 4));
            if (!PlainPngChunks.Contains(type)) return false;
            if (type == "IEND") return true;
            if (length > int.MaxValue - 12 - at) return false;
            at += 12 + (int)length;
        }
        return false;
    }
}
