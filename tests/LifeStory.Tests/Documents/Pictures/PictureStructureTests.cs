using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>
/// Checking a JPEG or PNG walks its structure instead of decoding it: every cut, and damage a PNG's checksums
/// can see, is found; a whole picture, however it was written, passes.
/// </summary>
public sealed class PictureStructureTests
{
    private static readonly byte[] Jpeg = TestImages.Detailed(SKEncodedImageFormat.Jpeg, 300, 200);
    private static readonly byte[] Png = TestImages.Detailed(SKEncodedImageFormat.Png, 300, 200);

    [Fact]
    public void Given_whole_pictures_Then_they_are_whole()
    {
        Assert.Equal(Structure.Whole, PictureStructure.Jpeg(Jpeg));
        Assert.Equal(Structure.Whole, PictureStructure.Png(Png));
        Assert.Equal(Structure.Whole, PictureStructure.Jpeg(TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6)));
    }

    [Fact]
    public void Given_a_jpeg_cut_anywhere_Then_it_is_cut_short()
    {
        // Every cut from just after the start marker to just before the end marker.
        for (var length = 3; length < Jpeg.Length - 1; length += 97)
            Assert.Equal(Structure.CutShort, PictureStructure.Jpeg(Jpeg.AsSpan(0, length)));
        Assert.Equal(Structure.CutShort, PictureStructure.Jpeg(Jpeg.AsSpan(0, Jpeg.Length - 1)));
    }

    [Fact]
    public void Given_a_png_cut_anywhere_Then_it_is_cut_short()
    {
        for (var length = 0; length < Png.Length; length += 61)
            Assert.Equal(Structure.CutShort, PictureStructure.Png(Png.AsSpan(0, length)));
    }

    [Fact]
    public void Given_a_png_with_a_byte_changed_in_its_pixels_Then_it_is_damaged()
    {
        var damaged = (byte[])Png.Clone();
        damaged[Png.Length / 2] ^= 0x5A;

        Assert.Equal(Structure.Damaged, PictureStructure.Png(damaged));
    }

    [Fact]
    public void Given_fill_bytes_before_a_jpeg_marker_and_restart_markers_Then_it_is_still_whole()
    {
        // FF FF D9 (a fill byte before the end marker) and a restart marker in the data are both allowed.
        var end = Jpeg.Length - 2;
        byte[] filled = [.. Jpeg[..end], 0xFF, 0xFF, 0xD9];
        Assert.Equal(Structure.Whole, PictureStructure.Jpeg(filled));
        var scan = LastScanStart(Jpeg);
        byte[] restarted = [.. Jpeg[..(scan + 10)], 0xFF, 0xD0, .. Jpeg[(scan + 10)..]];
        Assert.Equal(Structure.Whole, PictureStructure.Jpeg(restarted));
    }

    [Fact]
    public void Given_something_else_Then_it_is_damaged_not_whole()
    {
        Assert.Equal(Structure.Damaged, PictureStructure.Jpeg("GIF89a and so on"u8));
        Assert.Equal(Structure.Damaged, PictureStructure.Png("not a png at all"u8));
    }

    private static int LastScanStart(byte[] jpeg)
    {
        for (var i = jpeg.Length - 2; i > 0; i--)
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xDA) return i + 2 + (jpeg[i + 2] << 8 | jpeg[i + 3]);
        throw new InvalidDataException("No start of scan.");
    }

    [Fact]
    public void Given_an_iso_media_file_cut_anywhere_Then_it_is_cut_short_and_whole_only_when_complete()
    {
        var heic = TestResources.IPhonePhoto();
        Assert.Equal(Structure.Whole, PictureStructure.IsoBmff(heic));
        for (var length = 0; length < heic.Length; length += 53)
            Assert.Equal(Structure.CutShort, PictureStructure.IsoBmff(heic.AsSpan(0, length)));
        Assert.Equal(Structure.CutShort, PictureStructure.IsoBmff(heic.AsSpan(0, heic.Length - 1)));
    }

    [Fact]
    public void Given_an_iso_media_file_with_a_box_shorter_than_its_header_or_no_ftyp_Then_it_is_damaged()
    {
        var heic = TestResources.IPhonePhoto();
        var broken = heic.ToArray();
        broken[heic[3]] = 0; // the box after ftyp claims 0–255 bytes: shorter than its own header
        broken[heic[3] + 1] = 0;
        broken[heic[3] + 2] = 0;
        broken[heic[3] + 3] = 4;

        Assert.Equal(Structure.Damaged, PictureStructure.IsoBmff(broken));
        Assert.Equal(Structure.Damaged, PictureStructure.IsoBmff([0, 0, 0, 16, .. "moov"u8, 0, 0, 0, 0, 0, 0, 0, 0]));
    }
}
