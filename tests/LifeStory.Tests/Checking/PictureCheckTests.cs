using LifeStory.Checking;
using LifeStory.Tests.Cases;
using LifeStory.Tests.Documents.Pictures;
using SkiaSharp;
using static LifeStory.Tests.Checking.CheckerHarness;

namespace LifeStory.Tests.Checking;

/// <summary>Photos and drawings that cannot be read, are misnamed or will print soft, and photos without captions.</summary>
public sealed class PictureCheckTests
{
    private const string OnePhoto = TempCaseFolder.MinimalChild + "photos:\n  - { id: p, file: photos/p.jpg, caption: Me }\n";
    private const string OneDrawing = TempCaseFolder.MinimalChild + "drawings:\n  - { id: d, file: drawings/d.png, title: My house }\n";

    [Fact]
    public void GivenAnEmptyPhoto_WhenChecked_ThenBadPictureAtItsFileField()
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", []));

        AssertFinding(Assert.Single(findings), Severity.Error, "bad-picture", 8, 20, "photos[0].file",
            "'photos/p.jpg' is empty (0 bytes).", "Copy the photo again from the phone or camera.");
    }

    [Fact]
    public void GivenAHeicDrawing_WhenChecked_ThenBadPictureSaysHowToGetAJpeg()
    {
        var findings = Check(OneDrawing.Replace("d.png", "d.heic"), f => Write(f, "drawings/d.heic", HandMadeImages.HeicHeader()));

        AssertFinding(Assert.Single(findings), Severity.Error, "bad-picture", 8, 20, "drawings[0].file",
            "'drawings/d.heic' is an iPhone HEIC photo that could not be read.",
            "On the iPhone choose Settings › Camera › Formats › Most Compatible, or export it as JPEG, then replace the file.");
    }

    [Fact]
    public void GivenAPhotoThatIsNotAPicture_WhenChecked_ThenBadPicture()
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", "hello"u8.ToArray()));

        Assert.Equal(("bad-picture", "'photos/p.jpg' is not a picture."), (Assert.Single(findings).Code, findings[0].Message));
    }

    [Fact]
    public void GivenADecompressionBomb_WhenChecked_ThenBadPicture()
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", HandMadeImages.PngHeader(50_000, 50_000)));

        Assert.Equal("'photos/p.jpg' is 50,000 × 50,000 pixels, larger than the safe limit of 100 megapixels.", Assert.Single(findings).Message);
    }

    [Fact]
    public void GivenAMissingPhoto_WhenChecked_ThenOnlyMissingFileIsReported()
    {
        Assert.Equal("missing-file", Assert.Single(Check(OnePhoto)).Code);
    }

    [Fact]
    public void GivenAPngNamedJpg_WhenChecked_ThenPictureRenamedWarning()
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", TestImages.Png(1600, 1200, SKColors.Teal)));

        AssertFinding(Assert.Single(findings), Severity.Warning, "picture-renamed", 8, 20, "photos[0].file",
            "'photos/p.jpg' is really a PNG; rename it to .png.", "Use the new name wherever the file is named, too.");
    }

    [Fact]
    public void GivenASmallOldPhoto_WhenChecked_ThenPictureSoftSaysWhatFullWidthNeeds()
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", TestImages.QuadrantJpeg(640, 480)));

        AssertFinding(Assert.Single(findings), Severity.Warning, "picture-soft", 8, 20, "photos[0].file",
            "'photos/p.jpg' is 640 × 480 pixels; it will print soft at full width.",
            "Use the original photo if you have it. A picture across the page needs at least 1,342 pixels on its longer side (200 dots per inch).");
    }

    [Fact]
    public void GivenASmallDrawing_WhenChecked_ThenPictureSoftSaysToScanItAgain()
    {
        var findings = Check(OneDrawing, f => Write(f, "drawings/d.png", TestImages.Png(800, 1000, SKColors.White)));

        Assert.Equal("picture-soft", Assert.Single(findings).Code);
        Assert.StartsWith("Scan the drawing again at 300 dots per inch", findings[0].Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1342, 1006, false)]
    [InlineData(1341, 1006, true)]
    [InlineData(1000, 1400, false)]
    public void GivenAPhotoNearTheLimit_WhenChecked_ThenOnlyTheLongerSideCounts(int width, int height, bool soft)
    {
        var findings = Check(OnePhoto, f => Write(f, "photos/p.jpg", TestImages.QuadrantJpeg(width, height)));

        Assert.Equal(soft, findings.Any(x => x.Code == "picture-soft"));
    }

    [Fact]
    public void GivenAPhotoWithoutACaption_WhenChecked_ThenPhotoNoCaptionWarning()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "photos:\n  - { id: a, file: photos/a.jpg, caption: Me }\n  - id: b\n    file: photos/b.jpg\n",
            f =>
            {
                f.AddFile("photos/a.jpg");
                f.AddFile("photos/b.jpg");
            });

        AssertFinding(Assert.Single(findings), Severity.Warning, "photo-no-caption", 9, 5, "photos[1]", "has no caption.",
            "Add a caption in the child's words, such as \"You and Sam at the park\".");
        Assert.Equal("case.yaml:9:5: warning: photos[1]: has no caption. Add a caption in the child's words, such as \"You and Sam at the park\".",
            findings[0].ToString());
    }

    [Theory]
    [InlineData("maisie")]
    [InlineData("yusuf")]
    public void GivenASampleCase_WhenChecked_ThenItsPicturesAndCaptionsAreFine(string sample)
    {
        var loaded = LifeStory.Cases.Loading.CaseLoader.Load(LifeStory.Tests.Support.Repo.Sample(sample));

        Assert.Empty(CaseChecker.Check(loaded.Case!, new DateOnly(2026, 11, 23)));
    }

    private static void Write(TempCaseFolder folder, string relativePath, byte[] bytes)
    {
        var full = Path.Combine(folder.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
