using ImageMagick;
using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>
/// iPhone HEIC photos (decoded by Magick.NET) and AVIF pictures (decoded by libvips) are checked, turned upright and
/// prepared like any photo, and nothing of their metadata survives.
/// </summary>
public sealed class HeifPictureTests : IDisposable
{
    private static readonly SKRect Whole = new(0, 0, 1, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] IPhonePhoto() => TestResources.IPhonePhoto();

    [Fact]
    public void Given_the_test_heic_When_read_Then_it_carries_gps_orientation_6_and_a_rotation_as_an_iphone_photo_does()
    {
        var heic = IPhonePhoto();
        Assert.True(TestImages.Contains(heic[..12], "ftypheic"));
        Assert.True(TestImages.Contains(heic, "irot"));

        using var image = new MagickImage(heic);
        var exif = image.GetExifProfile()!;

        Assert.Equal((ushort)6, exif.GetValue(ExifTag.Orientation)!.Value);
        Assert.NotNull(exif.GetValue(ExifTag.GPSLatitude));
        Assert.Equal("Jo Patel", exif.GetValue(ExifTag.Artist)!.Value);
    }

    [Fact]
    public void Given_an_iphone_heic_When_inspected_Then_it_is_a_usable_heic_of_its_upright_size()
    {
        var path = _folder.Write("IMG_0001.heic", IPhonePhoto());

        Assert.Equal(new PictureReport(true, 300, 400, "HEIC", null, null), PictureInspector.Inspect(path, "photos/IMG_0001.heic"));
    }

    [Fact]
    public void Given_an_iphone_heic_When_prepared_Then_it_is_an_upright_jpeg_with_no_metadata()
    {
        _folder.Write("IMG_0001.heic", IPhonePhoto());
        using var source = FolderPictureSource.Under(_folder.Path);

        Assert.Equal(new PictureInfo(300, 400), source.Describe("IMG_0001.heic", out _));
        var image = source.Prepare("IMG_0001.heic", 150, 200, Whole);

        Assert.Equal((150, 200), (image.Width, image.Height));
        using var pixels = SKBitmap.FromImage(image);
        Colours.AssertNear(SKColors.Red, pixels.GetPixel(37, 50));
        Colours.AssertNear(SKColors.Lime, pixels.GetPixel(112, 50));
        Colours.AssertNear(SKColors.Blue, pixels.GetPixel(37, 150));
        Colours.AssertNear(SKColors.Yellow, pixels.GetPixel(112, 150));
        var bytes = image.EncodedData.ToArray();
        Assert.All(JpegMarkers.BeforeScan(bytes), code => Assert.True(code is 0xE0 or 0xDB or 0xC4 or 0xC0 or 0xC2 or 0xDA or 0xDD,
            $"Marker FF{code:X2} should not be in a prepared picture."));
        Assert.False(TestImages.Contains(bytes, "Jo Patel"));
        Assert.False(TestImages.Contains(bytes, "Apple"));
    }

    [Fact]
    public void Given_an_iphone_heic_cut_short_When_inspected_Then_it_says_so()
    {
        var heic = IPhonePhoto();
        var path = _folder.Write("IMG_0002.heic", heic[..(heic.Length - 300)]);

        var report = PictureInspector.Inspect(path, "photos/IMG_0002.heic");

        Assert.False(report.Usable);
        Assert.Equal("'photos/IMG_0002.heic' is cut short (incomplete).", report.Problem);
    }

    [Fact]
    public void Given_a_heic_named_jpg_When_inspected_Then_it_is_usable_with_a_rename_warning()
    {
        var path = _folder.Write("IMG_0003.jpg", IPhonePhoto());

        var report = PictureInspector.Inspect(path, "photos/IMG_0003.jpg");

        Assert.True(report.Usable);
        Assert.Equal("'photos/IMG_0003.jpg' is really a HEIC; rename it to .heic.", report.Problem);
    }

    [Fact]
    public void Given_an_avif_When_inspected_and_prepared_Then_libvips_decodes_it_the_right_way_up()
    {
        var path = Path.Combine(_folder.Path, "garden.avif");
        using (var red = NetVips.Image.Black(32, 32, bands: 3).NewFromImage(255, 0, 0))
        using (var blue = NetVips.Image.Black(32, 32, bands: 3).NewFromImage(0, 0, 255))
        using (var top = red.Join(blue, NetVips.Enums.Direction.Horizontal))
        using (var bottom = blue.Join(blue, NetVips.Enums.Direction.Horizontal))
        using (var picture = top.Join(bottom, NetVips.Enums.Direction.Vertical))
            picture.Heifsave(path, q: 90, compression: NetVips.Enums.ForeignHeifCompression.Av1);
        using var source = FolderPictureSource.Under(_folder.Path);

        Assert.Equal(new PictureReport(true, 64, 64, "AVIF", null, null), PictureInspector.Inspect(path, "photos/garden.avif"));
        var image = source.Prepare("garden.avif", 64, 64, Whole);

        using var pixels = SKBitmap.FromImage(image);
        Colours.AssertNear(SKColors.Red, pixels.GetPixel(16, 16));
        Colours.AssertNear(SKColors.Blue, pixels.GetPixel(48, 16));
        Colours.AssertNear(SKColors.Blue, pixels.GetPixel(16, 48));
    }
}
