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
        var temp = path + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { /* nothing more to do */ }
        }
    }
}
