using System.Globalization;
using LifeStory.Documents.Files;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Documents.Files;

/// <summary>Temporary files are named after the process writing them, and those of a process that is gone are removed.</summary>
public sealed class TemporaryFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_target_When_named_Then_the_name_is_hidden_beside_it_with_this_process_id()
    {
        var name = TemporaryFiles.NameFor(_folder.File("book.pdf"));

        Assert.Equal(_folder.Path, Path.GetDirectoryName(name));
        Assert.StartsWith($".book.pdf.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-", Path.GetFileName(name), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_files_named_by_an_earlier_LifeStory_When_swept_Then_those_older_than_ten_minutes_go_and_a_fresh_one_stays()
    {
        var old = _folder.File(".life-story-book.pdf.0123abcd.tmp");
        var fresh = _folder.File(".review-letter.pdf.4567cdef.tmp");
        var stranger = _folder.File(".notes.txt.tmp");
        foreach (var file in new[] { old, fresh, stranger }) File.WriteAllText(file, "x");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddMinutes(-11));
        File.SetLastWriteTimeUtc(stranger, DateTime.UtcNow.AddMinutes(-60));

        Assert.Equal(1, TemporaryFiles.RemoveStale(_folder.Path));

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(stranger));
    }

    [Fact]
    public void Given_files_of_a_dead_process_a_live_one_and_strangers_When_swept_Then_only_the_dead_process_files_go()
    {
        Directory.CreateDirectory(_folder.File("ab"));
        var dead = _folder.File(".book.pdf.999999999-0123abcd.tmp");
        var deadInside = _folder.File("ab/.abcd.picture.999999998-0123abcd.tmp");
        var live = _folder.File(".book.pdf.1-0123abcd.tmp"); // process 1 always runs
        var mine = TemporaryFiles.NameFor(_folder.File("letter.pdf"));
        var stranger = _folder.File(".someone-elses.tmp");
        foreach (var file in new[] { dead, deadInside, live, mine, stranger }) File.WriteAllText(file, "x");

        Assert.Equal(1, TemporaryFiles.RemoveStale(_folder.Path));
        Assert.Equal(1, TemporaryFiles.RemoveStale(_folder.Path, withSubfolders: true));

        Assert.False(File.Exists(dead));
        Assert.False(File.Exists(deadInside));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(mine));
        Assert.True(File.Exists(stranger));
    }
}
