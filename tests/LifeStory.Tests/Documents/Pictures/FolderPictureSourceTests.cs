using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

public sealed class FolderPictureSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_the_test_jpeg_When_built_Then_it_carries_exif_orientation_6()
    {
        var path = _folder.Write("sideways.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6));

        using var codec = SKCodec.Create(path);

        Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        Assert.Equal(new SKSizeI(40, 20), codec.Info.Size);
    }

    [Fact]
    public void Given_a_jpeg_with_exif_orientation_6_When_described_Then_the_size_is_upright()
    {
        _folder.Write("sideways.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6));
        using var source = FolderPictureSource.Under(_folder.Path);

        var info = source.Describe("sideways.jpg", out var problem);

        Assert.Null(problem);
        Assert.Equal(new PictureInfo(20, 40), info);
    }

    [Fact]
    public void Given_a_jpeg_with_exif_orientation_6_When_prepared_Then_the_image_is_turned_upright()
    {
        _folder.Write("sideways.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6));
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("sideways.jpg", 20, 40, new SKRect(0, 0, 1, 1));

        Assert.Equal(20, image.Width);
        Assert.Equal(40, image.Height);
        using var pixels = SKBitmap.FromImage(image);
        // Stored top-left (red) turns 90° clockwise to the top right; the rest stays blue.
        AssertColour(SKColors.Red, pixels.GetPixel(15, 5));
        AssertColour(SKColors.Blue, pixels.GetPixel(4, 5));
        AssertColour(SKColors.Blue, pixels.GetPixel(15, 34));
        AssertColour(SKColors.Blue, pixels.GetPixel(4, 34));
    }

    [Fact]
    public void Given_a_jpeg_with_exif_When_prepared_Then_the_output_bytes_carry_no_exif()
    {
        var original = TestImages.WithExifOrientation(TestImages.QuadrantJpeg(40, 20), 6);
        Assert.True(TestImages.Contains(original, "Exif"));
        _folder.Write("sideways.jpg", original);
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("sideways.jpg", 20, 40, new SKRect(0, 0, 1, 1));

        var bytes = image.EncodedData.ToArray();
        Assert.True(bytes[0] == 0xFF && bytes[1] == 0xD8, "The prepared photo should be a JPEG.");
        Assert.False(TestImages.Contains(bytes, "Exif"));
    }

    [Fact]
    public void Given_a_crop_and_smaller_size_When_prepared_Then_the_image_is_that_part_at_that_size()
    {
        _folder.Write("plain.jpg", TestImages.QuadrantJpeg(40, 20));
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("plain.jpg", 10, 10, new SKRect(0, 0, 0.5f, 1));

        Assert.Equal((10, 10), (image.Width, image.Height));
        using var pixels = SKBitmap.FromImage(image);
        AssertColour(SKColors.Red, pixels.GetPixel(5, 2));
        AssertColour(SKColors.Blue, pixels.GetPixel(5, 8));
    }

    [Fact]
    public void Given_the_same_request_twice_When_prepared_Then_the_same_image_is_returned()
    {
        _folder.Write("plain.jpg", TestImages.QuadrantJpeg(40, 20));
        using var source = FolderPictureSource.Under(_folder.Path);

        Assert.Same(source.Prepare("plain.jpg", 40, 20, new SKRect(0, 0, 1, 1)), source.Prepare("plain.jpg", 40, 20, new SKRect(0, 0, 1, 1)));
    }

    [Fact]
    public void Given_a_png_with_transparency_When_prepared_Then_it_stays_a_png()
    {
        _folder.Write("clear.png", TestImages.Png(30, 30, SKColors.Transparent));
        using var source = FolderPictureSource.Under(_folder.Path);

        var image = source.Prepare("clear.png", 30, 30, new SKRect(0, 0, 1, 1));

        Assert.True(TestImages.Contains(image.EncodedData.ToArray()[..8], "PNG"));
    }

    [Theory]
    [InlineData("../outside.jpg")]
    [InlineData("inside/../../outside.jpg")]
    public void Given_a_path_leaving_the_folder_When_described_Then_it_is_refused(string path)
    {
        var inner = Path.Combine(_folder.Path, "case");
        Directory.CreateDirectory(Path.Combine(inner, "inside"));
        _folder.Write("outside.jpg", TestImages.QuadrantJpeg(40, 20));
        using var source = FolderPictureSource.Under(inner);

        var info = source.Describe(path, out var problem);

        Assert.Null(info);
        Assert.Equal($"The picture '{path}' was not found.", problem);
    }

    [Fact]
    public void Given_a_rooted_path_When_described_Then_it_is_refused()
    {
        var outside = _folder.Write("outside.jpg", TestImages.QuadrantJpeg(40, 20));
        using var source = FolderPictureSource.Under(Path.Combine(_folder.Path, "case"));

        Assert.Null(source.Describe(outside, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Given_a_file_that_is_not_a_picture_When_described_Then_a_problem_names_it()
    {
        _folder.Write("notes.jpg", "Dear diary, today was good."u8.ToArray());
        using var source = FolderPictureSource.Under(_folder.Path);

        var info = source.Describe("notes.jpg", out var problem);

        Assert.Null(info);
        Assert.Equal("'notes.jpg' is not a picture this program can read (use JPEG, PNG, HEIC, AVIF, WebP, GIF or BMP).", problem);
    }

    [Fact]
    public void Given_a_missing_file_When_described_Then_it_is_reported_not_found()
    {
        using var source = FolderPictureSource.Under(_folder.Path);

        Assert.Null(source.Describe("nowhere.png", out var problem));
        Assert.Equal("The picture 'nowhere.png' was not found.", problem);
    }

    private static void AssertColour(SKColor expected, SKColor actual)
    {
        const int slack = 40; // JPEG compression shifts colours a little; red and blue stay far apart.
        Assert.True(Math.Abs(expected.Red - actual.Red) <= slack && Math.Abs(expected.Green - actual.Green) <= slack
            && Math.Abs(expected.Blue - actual.Blue) <= slack, $"Expected {expected}, got {actual}.");
    }
}
