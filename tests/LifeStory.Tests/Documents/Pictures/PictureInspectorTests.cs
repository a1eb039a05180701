using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Tests.Documents.Pictures;

/// <summary>Every kind of bad picture a case folder can hold is named, with how to put it right; good ones of every format pass.</summary>
public sealed class PictureInspectorTests : IDisposable
{
    private const string CopyAgain = "Copy it again from the original; the copy may have stopped part way.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Formats => new()
    {
        { "a.jpg", "JPEG" },
        { "a.png", "PNG" },
        { "a.webp", "WebP" },
        { "a.gif", "GIF" },
        { "a.bmp", "BMP" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void GivenAGoodPictureOfEachFormat_WhenInspected_ThenItIsUsableWithItsSize(string file, string format)
    {
        var (bytes, width, height) = format switch
        {
            "JPEG" => (TestImages.Detailed(SKEncodedImageFormat.Jpeg, 64, 48), 64, 48),
            "PNG" => (TestImages.Detailed(SKEncodedImageFormat.Png, 64, 48), 64, 48),
            "WebP" => (TestImages.Detailed(SKEncodedImageFormat.Webp, 64, 48), 64, 48),
            "GIF" => (HandMadeImages.Gif(), 1, 1),
            _ => (HandMadeImages.Bmp(5, 3), 5, 3),
        };

        var report = Inspect(file, bytes);

        Assert.Equal(new PictureReport(true, width, height, format, null, null), report);
    }

    [Fact]
    public void GivenAPhoneJpegTakenSideways_WhenInspected_ThenTheSizeIsUpright()
    {
        var report = Inspect("side.jpg", TestImages.WithExifOrientation(TestImages.QuadrantJpeg(80, 40), 6));

        Assert.True(report.Usable);
        Assert.Equal((40, 80), (report.Width, report.Height));
    }

    [Fact]
    public void GivenAFileThatIsNotThere_WhenInspected_ThenItIsMissing()
    {
        var report = PictureInspector.Inspect(Path.Combine(_folder.Path, "gone.jpg"), "photos/gone.jpg");

        AssertBad(report, "'photos/gone.jpg' does not exist.", "Add the file or correct its name.");
    }

    [Fact]
    public void GivenAPipeNamedAsAPhoto_WhenInspected_ThenItSaysSoWithoutOpeningIt()
    {
        var path = Path.Combine(_folder.Path, "pipe.jpg");
        LifeStory.Tests.Support.Fifo.Make(path);

        var report = PictureInspector.Inspect(path, "photos/pipe.jpg");

        AssertBad(report, "'photos/pipe.jpg' is not an ordinary file (it is a pipe, a device or a socket).",
            "Put the picture itself in the case folder and name that file.");
    }

    [Fact]
    public void GivenAFolderNamedAsAPhoto_WhenInspected_ThenItSaysItIsAFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "album.jpg"));

        var report = PictureInspector.Inspect(Path.Combine(_folder.Path, "album.jpg"), "photos/album.jpg");

        AssertBad(report, "'photos/album.jpg' is a folder, not a picture.", "Put the picture itself in the case folder and name that file.");
    }

    [Fact]
    public void GivenAnEmptyFile_WhenInspected_ThenItSaysZeroBytesAndToCopyItAgain()
    {
        AssertBad(Inspect("a.jpg", []), "'photos/a.jpg' is empty (0 bytes).", "Copy the photo again from the phone or camera.");
    }

    [Fact]
    public void GivenText_WhenInspected_ThenItIsNotAPicture()
    {
        AssertBad(Inspect("a.jpg", "Not a photo at all"u8.ToArray()), "'photos/a.jpg' is not a picture.",
            "Use a photo or scan saved as JPEG, PNG, HEIC, AVIF, WebP, GIF or BMP.");
    }

    [Fact]
    public void GivenAPngNamedJpg_WhenInspected_ThenItIsUsableButShouldBeRenamed()
    {
        var report = Inspect("a.jpg", TestImages.Detailed(SKEncodedImageFormat.Png, 20, 10));

        Assert.True(report.Usable);
        Assert.Equal("PNG", report.Format);
        Assert.Equal("'photos/a.jpg' is really a PNG; rename it to .png.", report.Problem);
        Assert.Equal("Use the new name wherever the file is named, too.", report.Fix);
    }

    [Fact]
    public void GivenAJpegNamedJpeg_WhenInspected_ThenEitherEndingIsFine()
    {
        Assert.Null(Inspect("a.JPEG", TestImages.Detailed(SKEncodedImageFormat.Jpeg, 20, 10)).Problem);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "a.jpg")]
    [InlineData(SKEncodedImageFormat.Png, "a.png")]
    public void GivenAPictureCutInHalf_WhenInspected_ThenItIsCutShort(SKEncodedImageFormat format, string file)
    {
        var whole = TestImages.Detailed(format, 400, 300);

        AssertBad(Inspect(file, whole[..(whole.Length / 2)]), $"'photos/{file}' is cut short (incomplete).", CopyAgain);
    }

    [Fact]
    public void GivenAPngWithABadByteInItsPixels_WhenInspected_ThenItIsDamaged()
    {
        var damaged = TestImages.Detailed(SKEncodedImageFormat.Png, 400, 300);
        damaged[damaged.Length / 2] ^= 0x5A;

        AssertBad(Inspect("a.png", damaged), "'photos/a.png' is damaged and cannot be read.", CopyAgain);
    }

    [Fact]
    public void GivenAPngCutInsideItsHeader_WhenInspected_ThenItIsCutShortNotNotAPicture()
    {
        AssertBad(Inspect("a.png", TestImages.Detailed(SKEncodedImageFormat.Png, 40, 30)[..20]), "'photos/a.png' is cut short (incomplete).", CopyAgain);
    }

    [Fact]
    public void GivenAnIPhoneHeicPhoto_WhenInspected_ThenItSaysHowToGetAJpeg()
    {
        AssertBad(Inspect("IMG_0001.heic", HandMadeImages.HeicHeader()),
            "'photos/IMG_0001.heic' is an iPhone HEIC photo that could not be read.",
            "On the iPhone choose Settings › Camera › Formats › Most Compatible, or export it as JPEG, then replace the file.");
    }

    [Fact]
    public void GivenADecompressionBomb_WhenInspected_ThenItIsRefusedFromTheHeaderWithoutAllocatingThePixels()
    {
        var path = _folder.Write("bomb.png", HandMadeImages.PngHeader(50_000, 50_000));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = PictureInspector.Inspect(path, "photos/bomb.png");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        AssertBad(report, "'photos/bomb.png' is 50,000 × 50,000 pixels, larger than the safe limit of 100 megapixels.",
            "Save a smaller copy and use that instead.");
        Assert.Equal((50_000, 50_000), (report.Width, report.Height));
        Assert.True(allocated < 50_000_000, $"Inspecting allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void GivenALowerLimit_WhenAPictureIsLarger_ThenTheLimitIsNamed()
    {
        var report = PictureInspector.Inspect(_folder.Write("big.png", TestImages.Detailed(SKEncodedImageFormat.Png, 2000, 1500)), "big.png", maxPixels: 2_500_000);

        Assert.Equal("'big.png' is 2,000 × 1,500 pixels, larger than the safe limit of 2.5 megapixels.", report.Problem);
    }

    private PictureReport Inspect(string file, byte[] bytes) => PictureInspector.Inspect(_folder.Write(file, bytes), "photos/" + file);

    private static void AssertBad(PictureReport report, string problem, string fix)
    {
        Assert.False(report.Usable);
        Assert.Equal(problem, report.Problem);
        Assert.Equal(fix, report.Fix);
    }
}
