using System.Buffers.Binary;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>The marker codes of a JPEG's segments in file order, up to its first start-of-scan (metadata comes before it).</summary>
internal static class JpegMarkers
{
    public static List<byte> BeforeScan(byte[] jpeg)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "Not a JPEG.");
        var markers = new List<byte>();
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            Assert.Equal(0xFF, jpeg[at]);
            var code = jpeg[at + 1];
            markers.Add(code);
            if (code == 0xDA) break;
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }
        return markers;
    }

    /// <summary>The segment with this marker code and payload (a 2-byte length is added), placed right after SOI.</summary>
    public static byte[] Insert(byte[] jpeg, byte code, byte[] payload)
    {
        var length = payload.Length + 2;
        return [.. jpeg[..2], 0xFF, code, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }
}
