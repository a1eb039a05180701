using System.IO.Compression;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Tests.Storage;

/// <summary>Zips are read within bounds, never outside the folder, and written the same way every time.</summary>
public sealed class CaseZipTests
{
    [Theory]
    [InlineData("../case.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("photos/../../x.jpg")]
    [InlineData("C:/x.jpg")]
    public void Given_a_path_that_leaves_the_folder_When_read_Then_the_zip_is_refused(string path)
    {
        var (contents, problem) = CaseZip.Read(new MemoryStream(Zip(("case.yaml", "child: {}"), (path, "x"))));
        Assert.Null(contents);
        Assert.Contains("path is not allowed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_zip_of_the_folder_itself_When_read_Then_the_folder_name_is_dropped_and_outputs_and_cache_are_left_behind()
    {
        var (contents, problem) = CaseZip.Read(new MemoryStream(Zip(("maisie/case.yaml", "a"), ("maisie/photos/p.jpg", "b"),
            ("maisie/output/life-story-book.pdf", "c"), ("maisie/.lifestory-cache/pictures/x", "d"))));
        Assert.Null(problem);
        Assert.Equal(["case.yaml", "photos/p.jpg"], contents!.Files.Select(f => f.Path));
    }

    [Fact]
    public void Given_the_same_folder_in_another_order_When_written_Then_the_bytes_are_the_same()
    {
        var a = new CaseFolderContents([new CaseFile("b.txt", [1]), new CaseFile("case.yaml", [2])]);
        var b = new CaseFolderContents([new CaseFile("case.yaml", [2]), new CaseFile("b.txt", [1])]);
        Assert.Equal(CaseZip.Write(a), CaseZip.Write(b));
    }

    [Fact]
    public void Given_a_file_that_inflates_past_the_limit_When_read_Then_the_zip_is_refused()
    {
        var big = new string('a', (int)CaseZip.MaxFileBytes + 1);
        var (contents, problem) = CaseZip.Read(new MemoryStream(Zip(("case.yaml", "x"), ("photos/huge.jpg", big))));
        Assert.Null(contents);
        Assert.Contains("larger than", problem, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Path, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open());
                writer.Write(text);
            }
        return buffer.ToArray();
    }
}
