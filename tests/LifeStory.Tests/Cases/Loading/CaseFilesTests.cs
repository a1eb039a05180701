using LifeStory.Cases.Loading;

namespace LifeStory.Tests.Cases.Loading;

public sealed class CaseFilesTests
{
    [Theory]
    [InlineData("photos/park.jpg")]
    [InlineData("photos/../photos/park.jpg")]
    [InlineData("photos\\park.jpg")]
    public void GivenAPathInsideTheFolder_WhenResolved_ThenTheFullPathIsReturned(string relative)
    {
        using var folder = new TempCaseFolder();

        var ok = CaseFiles.TryResolve(folder.Path, relative, out var full, out var problem);

        Assert.True(ok);
        Assert.Null(problem);
        Assert.Equal(Path.Combine(Path.GetFullPath(folder.Path), "photos", "park.jpg"), full);
    }

    [Fact]
    public void GivenAnAbsolutePath_WhenResolved_ThenItIsRefused()
    {
        using var folder = new TempCaseFolder();

        var ok = CaseFiles.TryResolve(folder.Path, "/etc/passwd", out var full, out var problem);

        Assert.False(ok);
        Assert.Equal("", full);
        Assert.Equal("'/etc/passwd' is a full path on one computer. Write it from the case folder, such as photos/park.jpg.", problem);
    }

    [Fact]
    public void GivenAWindowsDrivePath_WhenResolved_ThenItIsRefused()
    {
        using var folder = new TempCaseFolder();

        Assert.False(CaseFiles.TryResolve(folder.Path, "C:\\Users\\jo\\park.jpg", out _, out var problem));
        Assert.Equal("'C:\\Users\\jo\\park.jpg' is a full path on one computer. Write it from the case folder, such as photos/park.jpg.", problem);
    }

    [Fact]
    public void GivenAPathThatClimbsOut_WhenResolved_ThenItIsRefused()
    {
        using var folder = new TempCaseFolder();

        Assert.False(CaseFiles.TryResolve(folder.Path, "photos/../../other-child/photos/a.jpg", out _, out var problem));
        Assert.Equal("'photos/../../other-child/photos/a.jpg' points outside the case folder.", problem);
    }

    [Fact]
    public void GivenALinkToAFileOutside_WhenResolved_ThenItIsRefused()
    {
        using var outside = new TempCaseFolder();
        using var folder = new TempCaseFolder();
        var target = outside.AddFile("secret.jpg");
        Directory.CreateDirectory(Path.Combine(folder.Path, "photos"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "photos", "link.jpg"), target);

        Assert.False(CaseFiles.TryResolve(folder.Path, "photos/link.jpg", out _, out var problem));
        Assert.Equal("'photos/link.jpg' is a link to a file outside the case folder.", problem);
    }

    [Fact]
    public void GivenALinkedFolderOutside_WhenResolved_ThenFilesThroughItAreRefused()
    {
        using var outside = new TempCaseFolder();
        using var folder = new TempCaseFolder();
        outside.AddFile("a.jpg");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "photos"), outside.Path);

        Assert.False(CaseFiles.TryResolve(folder.Path, "photos/a.jpg", out _, out var problem));
        Assert.Equal("'photos/a.jpg' is a link to a file outside the case folder.", problem);
    }

    [Fact]
    public void GivenALinkToAnotherFileInside_WhenResolved_ThenItIsAllowed()
    {
        using var folder = new TempCaseFolder();
        folder.AddFile("photos/real.jpg");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "photos", "alias.jpg"), "real.jpg");

        Assert.True(CaseFiles.TryResolve(folder.Path, "photos/alias.jpg", out var full, out _));
        Assert.Equal(Path.Combine(Path.GetFullPath(folder.Path), "photos", "alias.jpg"), full);
    }

    [Fact]
    public void GivenABlankName_WhenResolved_ThenItSaysNoFileIsGiven()
    {
        Assert.False(CaseFiles.TryResolve("/tmp", "  ", out _, out var problem));
        Assert.Equal("No file name is given.", problem);
    }

    [Fact]
    public void Given_a_case_whose_picture_cache_was_tried_When_its_folder_is_forgotten_Then_only_that_case_is_forgotten()
    {
        using var gone = new TempCaseFolder();
        using var kept = new TempCaseFolder();
        Assert.NotNull(CaseFiles.UsablePictureCache(gone.Path));
        Assert.NotNull(CaseFiles.UsablePictureCache(kept.Path));

        CaseFiles.ForgetFolder(gone.Path);

        Assert.False(CaseFiles.RemembersPictureCache(gone.Path));
        Assert.True(CaseFiles.RemembersPictureCache(kept.Path));
    }
}
