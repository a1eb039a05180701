using System.Text;
using SkiaSharp;

namespace LifeStory.SampleArt.Jpeg;

/// <summary>
/// Saves a photo as a phone would: the upright picture is stored turned by its orientation, and EXIF
/// (APP1) plus an owner comment (COM) are spliced into Skia's JPEG, which carries no metadata of its own.
/// </summary>
public static class JpegWriter
{
    public static byte[] Encode(SKBitmap upright, PhotoMetadata meta, int quality)
    {
        using var stored = Orientation.ToStored(upright, meta.Orientation);
        using var image = SKImage.FromBitmap(stored);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        var tiff = ExifBuilder.Build(meta, stored.Width, stored.Height);
        return AddSegments(data.ToArray(), tiff, "Owner: " + meta.Owner);
    }

    /// <summary>Puts APP1 "Exif" straight after SOI, and the comment after the other APPn segments.</summary>
    public static byte[] AddSegments(byte[] jpeg, byte[] tiff, string comment)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new ArgumentException("Not a JPEG.", nameof(jpeg));
        var app1 = Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);
        var com = Segment(0xFE, Encoding.ASCII.GetBytes(comment));

        // Walk past Skia's own APPn segments (its JFIF APP0) so the comment sits before the tables.
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF && jpeg[pos + 1] is >= 0xE0 and <= 0xEF)
            pos += 2 + (jpeg[pos + 2] << 8 | jpeg[pos + 3]);

        using var output = new MemoryStream(jpeg.Length + app1.Length + com.Length);
        output.Write(jpeg, 0, 2);
        output.Write(app1);
        output.Write(jpeg, 2, pos - 2);
        output.Write(com);
        output.Write(jpeg, pos, jpeg.Length - pos);
        return output.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        if (length > 0xFFFF) throw new ArgumentException("JPEG segment too long.", nameof(payload));
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }
}
