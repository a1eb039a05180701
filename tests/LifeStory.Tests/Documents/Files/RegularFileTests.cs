using LifeStory.Documents.Files;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Documents.Files;

/// <summary>Only ordinary files are read, and never more than the limit: pipes, devices and folders are named, not opened.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_each_kind_of_path_When_asked_Then_its_kind_is_known_without_opening_it()
    {
        File.WriteAllText(_folder.File("a.txt"), "words");
        Directory.CreateDirectory(_folder.File("folder"));
        Fifo.Make(_folder.File("pipe"));
        File.CreateSymbolicLink(_folder.File("link.txt"), _folder.File("a.txt"));
        File.CreateSymbolicLink(_folder.File("pipe-link"), _folder.File("pipe"));

        Assert.Equal(FileKind.Regular, RegularFile.KindOf(_folder.File("a.txt")));
        Assert.Equal(FileKind.Regular, RegularFile.KindOf(_folder.File("link.txt")));
        Assert.Equal(FileKind.Folder, RegularFile.KindOf(_folder.File("folder")));
        Assert.Equal(FileKind.Special, RegularFile.KindOf(_folder.File("pipe")));
        Assert.Equal(FileKind.Special, RegularFile.KindOf(_folder.File("pipe-link")));
        Assert.Equal(FileKind.Special, RegularFile.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Missing, RegularFile.KindOf(_folder.File("gone")));
        Assert.Equal(FileKind.Missing, RegularFile.KindOf(_folder.File("a\0.txt")));
    }

    [Fact]
    public void Given_a_pipe_When_read_Then_it_is_refused_at_once_with_why()
    {
        Fifo.Make(_folder.File("pipe"));

        Assert.False(RegularFile.TryRead(_folder.File("pipe"), "story.md", 100, out var bytes, out var problem));
        Assert.Empty(bytes);
        Assert.Equal("'story.md' is not an ordinary file (it is a pipe, a device or a socket), so it cannot be read.", problem);
    }

    [Fact]
    public void Given_a_file_over_the_limit_When_read_Then_it_is_refused_and_one_at_the_limit_is_read()
    {
        File.WriteAllBytes(_folder.File("big"), new byte[40_001]);

        Assert.False(RegularFile.TryRead(_folder.File("big"), "big", 40_000, out _, out var problem));
        Assert.Equal("'big' is larger than the limit of 39.1 KB.", problem);
        Assert.True(RegularFile.TryRead(_folder.File("big"), "big", 40_001, out var bytes, out _));
        Assert.Equal(40_001, bytes.Length);
    }
}
