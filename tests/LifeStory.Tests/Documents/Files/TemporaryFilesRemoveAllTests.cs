using LifeStory.Documents.Files;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Documents.Files;

/// <summary>
/// RemoveAll deletes every temporary file the whole process is writing, as a signal handler must: run alone, so
/// it cannot pull a PDF from under another test writing at the same moment.
/// </summary>
[Collection(nameof(ProcessWide))]
public sealed class TemporaryFilesRemoveAllTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_tracked_files_When_all_are_removed_Then_none_is_left()
    {
        var first = TemporaryFiles.NameFor(_folder.File("a.pdf"));
        var second = TemporaryFiles.NameFor(_folder.File("b.pdf"));
        File.WriteAllText(first, "x");
        File.WriteAllText(second, "x");
        TemporaryFiles.Track(first);
        TemporaryFiles.Track(second);

        TemporaryFiles.RemoveAll();

        Assert.False(File.Exists(first));
        Assert.False(File.Exists(second));
    }
}
