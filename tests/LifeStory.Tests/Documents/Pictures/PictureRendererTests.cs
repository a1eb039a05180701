using System.Text;
using LifeStory.Documents.Pictures;
using LifeStory.Tests.Support;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>Pictures prepared by libvips: turned upright, stripped of metadata, decoded small, bounded and refused clearly.</summary>
public sealed class PictureRendererTests : IDisposable
{
    private static readonly SKRect Whole = new(0, 0, 1, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Where the stored top-left (red) quarter ends up once the picture is upright, for each EXIF orientation.</summary>
    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(2, 1, 0)]
    [InlineData(3, 1, 1)]
    [InlineData(4, 0, 1)]
    [InlineData(5, 0, 0)]
    [InlineData(6, 1, 0)]
    [InlineData(7, 1, 1)]
    [InlineData(8, 0, 1)]
    public void Given_each_exif_orientation_When_prepared_Then_the_picture_is_upright(ushort orientation, int redColumn, int redRow)
    {
        _folder.Write("photo.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(64, 32), orientation));
        var (w, h) = orientation >= 5 ? (32, 64) : (64, 32);
        using var source = FolderPictureSource.Under(_folder.Path);

        Assert.Equal(new PictureInfo(w, h), source.Describe("photo.jpg", out _));
        var image = source.Prepare("photo.jpg", w, h, Whole);

        Assert.Equal((w, h), (image.Width, image.Height));
        using var pixels = SKBitmap.FromImage(image);
        for (var column = 0; column < 2; column++)
        for (var row = 0; row < 2; row++)
        {
            var expected = column == redColumn && row == redRow ? SKColors.Red : SKColors.Blue;
            Colours.AssertNear(expected, pixels.GetPixel(column * w / 2 + w / 4, row * h / 2 + h / 4));
        }
    }

    [Fact]
    public void Given_a_photo_carrying_exif_gps_xmp_icc_iptc_and_a_comment_When_prepared_Then_the_jpeg_keeps_none_of_them()
    {
        var photo = File.ReadAllBytes(Path.Combine(Repo.Samples, "maisie", "photos", "seaside.jpg"));
        Assert.Contains((byte)0xE1, JpegMarkers.BeforeScan(photo)); // EXIF with a GPS position, as drawn by SampleArt
        Assert.Contains((byte)0xFE, JpegMarkers.BeforeScan(photo)); // the owner's comment
        photo = JpegMarkers.Insert(photo, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes("<x:xmpmeta><dc:creator>Sam Patel</dc:creator></x:xmpmeta>")]);
        photo = JpegMarkers.Insert(photo, 0xED, [.. "Photoshop 3.0\0"u8, .. "8BIM"u8, 4, 4, 0, 0, 0, 0, 0, 0]);
        _folder.Write("seaside.jpg", photo);
        using var source = FolderPictureSource.Under(_folder.Path);

        var bytes = source.Prepare("seaside.jpg", 400, 300, Whole).EncodedData.ToArray();

        // Only the JFIF header, tables, frame and scan: no APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or COM.
        Assert.All(JpegMarkers.BeforeScan(bytes), code => Assert.True(code is 0xE0 or 0xDB or 0xC4 or 0xC0 or 0xC2 or 0xDA or 0xDD,
            $"Marker FF{code:X2} should not be in a prepared picture."));
        Assert.False(TestImages.Contains(bytes, "Sam Patel"));
        Assert.False(TestImages.Contains(bytes, "Exif"));
    }

    [Theory]
    [InlineData(4000, 3000, 0.10, 8)]
    [InlineData(4000, 3000, 0.20, 4)]
    [InlineData(4000, 3000, 0.45, 2)]
    [InlineData(4000, 3000, 0.50, 2)]
    [InlineData(4000, 3000, 0.60, 1)]
    [InlineData(4000, 3000, 1.00, 1)]
    public void Given_the_share_of_a_photo_needed_When_the_jpeg_shrink_is_chosen_Then_it_is_the_largest_that_still_gives_those_pixels(int width, int height, double scale, int shrink) =>
        Assert.Equal(shrink, PictureDecoder.JpegShrink(width, height, scale));

    [Fact]
    public void Given_a_photo_needed_at_a_quarter_When_decoded_Then_libjpeg_decodes_it_at_a_quarter()
    {
        var path = _folder.Write("big.jpg", TestImages.Detailed(SKEncodedImageFormat.Jpeg, 1600, 1200));

        using var image = PictureDecoder.Open(path, "big.jpg", (_, _) => 0.25);

        Assert.Equal((400, 300), (image.Width, image.Height));
    }

    [Fact]
    public void Given_a_png_whose_header_announces_a_bomb_When_prepared_Then_it_is_refused_before_decoding()
    {
        _folder.Write("bomb.png", HandMadeImages.PngHeader(50_000, 50_000));
        using var source = FolderPictureSource.Under(_folder.Path);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = Assert.Throws<InvalidDataException>(() => source.Prepare("bomb.png", 100, 100, Whole));

        Assert.Equal("'bomb.png' is 50000 × 50000 pixels, too large to use safely. Save a smaller copy.", error.Message);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 50_000_000);
    }

    [Fact]
    public void Given_a_tiff_named_as_a_jpeg_When_prepared_Then_libvips_refuses_it_because_its_loader_is_blocked()
    {
        using (var tiff = NetVips.Image.Black(8, 8, bands: 3))
            tiff.Tiffsave(Path.Combine(_folder.Path, "scan.jpg"));
        using var source = FolderPictureSource.Under(_folder.Path);

        var error = Assert.Throws<InvalidDataException>(() => source.Prepare("scan.jpg", 8, 8, Whole));

        Assert.Equal("'scan.jpg' could not be decoded.", error.Message);
    }

    [Fact]
    public void Given_a_half_transparent_drawing_When_resampled_Then_it_stays_a_png_with_its_transparency_and_colour()
    {
        _folder.Write("ghost.png", TestImages.Png(40, 40, new SKColor(255, 0, 0, 128)));
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("ghost.png", 20, 20, Whole);

        Assert.True(TestImages.Contains(image.EncodedData.ToArray()[..8], "PNG"));
        using var pixels = SKBitmap.FromImage(image);
        var pixel = pixels.GetPixel(10, 10);
        Assert.InRange(pixel.Alpha, 120, 136);
        Colours.AssertNear(SKColors.Red, pixel.WithAlpha(255));
    }

    [Fact]
    public void Given_an_opaque_png_scan_When_prepared_Then_it_becomes_a_jpeg()
    {
        _folder.Write("scan.png", TestImages.Png(40, 40, SKColors.White));
        using var source = FolderPictureSource.Under(_folder.Path);

        var bytes = source.Prepare("scan.png", 40, 40, Whole).EncodedData.ToArray();

        Assert.True(bytes[0] == 0xFF && bytes[1] == 0xD8);
    }

    [Fact]
    public void Given_a_bmp_When_prepared_Then_magick_decodes_it_and_it_is_a_jpeg_of_its_colour()
    {
        _folder.Write("old.bmp", HandMadeImages.Bmp(10, 6));
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("old.bmp", 10, 6, Whole);

        Assert.Equal((10, 6), (image.Width, image.Height));
        using var pixels = SKBitmap.FromImage(image);
        Colours.AssertNear(new SKColor(0x80, 0x80, 0x80), pixels.GetPixel(5, 3));
    }
}
