namespace LifeStory.Web.Storage;

/// <summary>
/// A case folder written out for the pipeline (which reads folders), in a private directory only this user can
/// read, and always deleted on Dispose — a child's files never outlive the request that needed them.
/// </summary>
public sealed class TempCaseFolder : IDisposable
{
    private TempCaseFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>The case folder itself, inside <see cref="Root"/> (which also holds the outputs).</summary>
    public string CaseFolder => Path.Combine(Root, "case");

    public string OutputFolder => Path.Combine(Root, "out");

    public static TempCaseFolder Write(CaseFolderContents contents)
    {
        var root = Path.Combine(Path.GetTempPath(), "lifestory-web", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(root);
        else Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var folder = new TempCaseFolder(root);
        try
        {
            Directory.CreateDirectory(folder.CaseFolder);
            Directory.CreateDirectory(folder.OutputFolder);
            foreach (var file in contents.Files)
            {
                var path = Path.GetFullPath(Path.Combine(folder.CaseFolder, file.Path));
                if (!path.StartsWith(folder.CaseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new InvalidOperationException("A case file's path leads outside its folder.");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (DirectoryNotFoundException) { }
        // The engine remembers what it learnt about each picture file by path; these paths will never come back.
        LifeStory.Documents.Pictures.PictureCaches.ForgetFolder(Root);
        LifeStory.Cases.Loading.CaseFiles.ForgetFolder(Root);
    }
}
