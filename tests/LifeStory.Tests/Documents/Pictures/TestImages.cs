using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>Small pictures made in memory: solid, two-coloured or detailed PNGs and JPEGs, and JPEGs carrying an EXIF orientation.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height, SKColor color) => Encode(width, height, SKEncodedImageFormat.Png, c => c.Clear(color));

    /// <summary>A picture with detail in it (a gradient and stripes), so a cut file loses real data rather than padding.</summary>
    public static byte[] Detailed(SKEncodedImageFormat format, int width, int height) => Encode(width, height, format, canvas =>
    {
        using var paint = new SKPaint();
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.Coral, SKColors.Teal], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
        paint.Shader = null;
        paint.Color = SKColors.White;
        for (var x = 0; x < width; x += 7) canvas.DrawRect(x, 0, 2, height, paint);
    });

    /// <summary>A JPEG whose top-left quadrant is red and the rest blue, as stored (before any orientation).</summary>
    public static byte[] QuadrantJpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg, canvas =>
    {
        canvas.Clear(SKColors.Blue);
        using var red = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(new SKRect(0, 0, width / 2f, height / 2f), red);
    });

    /// <summary>The JPEG with an APP1 Exif segment holding only Orientation inserted right after the start-of-image marker.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "Not a JPEG.");
        var segment = ExifSegment(orientation);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    public static bool Contains(byte[] haystack, string ascii) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(ascii)) >= 0;

    /// <summary>FF E1, big-endian length, "Exif\0\0", then a little-endian TIFF header and one IFD with tag 0x0112.</summary>
    private static byte[] ExifSegment(ushort orientation)
    {
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes((ushort)42));
        tiff.AddRange(BitConverter.GetBytes(8u));          // offset of IFD0
        tiff.AddRange(BitConverter.GetBytes((ushort)1));   // one entry
        tiff.AddRange(BitConverter.GetBytes((ushort)0x0112));
        tiff.AddRange(BitConverter.GetBytes((ushort)3));   // SHORT
        tiff.AddRange(BitConverter.GetBytes(1u));          // count
        tiff.AddRange(BitConverter.GetBytes(orientation));
        tiff.AddRange(new byte[2]);                        // value padding to 4 bytes
        tiff.AddRange(BitConverter.GetBytes(0u));          // no next IFD
        var payload = new List<byte>();
        payload.AddRange("Exif\0\0"u8.ToArray());
        payload.AddRange(tiff);
        var length = payload.Count + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, Action<SKCanvas> draw)
    {
        Assert.True(BitConverter.IsLittleEndian);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 95);
        return data.ToArray();
    }
}
