namespace LifeStory.Templating;

/// <summary>
/// What a file looks like from outside, without reading it: its full path, length and last write time (a missing
/// file has length -1). Saving a file changes its last write time, so a stamp that still matches means the same
/// bytes as when it was parsed; a council's edit shows on the next run.
/// </summary>
internal readonly record struct FileStamp(string Path, long Length, DateTime WrittenUtc)
{
    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(path, file.Length, file.LastWriteTimeUtc) : new FileStamp(path, -1, default);
    }
}
