using LifeStory.Documents.Files;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// Writes a cache file through a temporary file and a rename, so a reader (another run, another thread) sees
/// the old file or the new one, never half of one. Failures are swallowed: the cache only saves time, and a
/// read-only case folder must still make its book.
/// </summary>
internal static class AtomicWrite
{
    public static void TryWrite(string path, Action<Stream> write)
    {
        // Named and tracked so a stopped run removes it, and a killed one's is removed by the next run.
        var temp = TemporaryFiles.NameFor(path);
        TemporaryFiles.Track(temp);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a failed write is dropped.
        }
        finally
        {
            TemporaryFiles.Remove(temp);
        }
    }
}
