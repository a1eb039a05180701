namespace LifeStory.Documents.Pictures;

/// <summary>
/// What this process remembers about picture files, by folder: the check's verdicts and each cache folder's store of
/// facts. A command-line run ends and forgets; a server that makes every document from a temporary folder must say
/// when a folder is gone, or what it remembered about it would stay for the life of the process.
/// </summary>
public static class PictureCaches
{
    /// <summary>Forgets everything remembered about files in <paramref name="folder"/> and below it.</summary>
    public static void ForgetFolder(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        PictureFacts.ForgetUnder(full);
        PictureInspector.ForgetUnder(full);
    }
}
