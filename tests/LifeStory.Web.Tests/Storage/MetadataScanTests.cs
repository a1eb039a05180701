using LifeStory.Web.Storage;
using SkiaSharp;

namespace LifeStory.Web.Tests.Storage;

/// <summary>Clean pictures are recognised (so they are kept byte for byte); anything carrying metadata is not.</summary>
public sealed class MetadataScanTests
{
    [Fact]
    public void Given_pictures_Skia_encodes_When_scanned_Then_they_are_clean()
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(SKColors.Coral);
        using var image = SKImage.FromBitmap(bitmap);
        Assert.True(MetadataScan.IsClean(image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray()));
        Assert.True(MetadataScan.IsClean(image.Encode(SKEncodedImageFormat.Png, 100).ToArray()));
    }

    [Fact]
    public void Given_a_JPEG_with_an_EXIF_segment_or_a_PNG_with_a_text_chunk_When_scanned_Then_they_are_not_clean()
    {
        using var bitmap = new SKBitmap(8, 8);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        byte[] exif = [0xFF, 0xE1, 0x00, 0x08, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0];
        Assert.False(MetadataScan.IsClean([.. jpeg[..2], .. exif, .. jpeg[2..]]));

        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        byte[] text = [0, 0, 0, 1, (byte)'t', (byte)'E', (byte)'X', (byte)'t', (byte)'a', 0, 0, 0, 0];
        Assert.False(MetadataScan.IsClean([.. png[..33], .. text, .. png[33..]]));
        Assert.False(MetadataScan.IsClean("GIF89a and more"u8.ToArray()));
    }
}
