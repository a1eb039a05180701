namespace LifeStory.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lifestory-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// Copies a sample case folder here, so a test can change it freely. Its output and picture cache stay behind:
    /// other tests may be writing them while we copy, and a copy should start as a case nobody has run yet.
    /// </summary>
    public string CopyOf(string sampleFolder)
    {
        var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(sampleFolder));
        foreach (var file in Directory.EnumerateFiles(sampleFolder, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(sampleFolder, file);
            if (relative.StartsWith("output", StringComparison.Ordinal) || relative.StartsWith(".lifestory-cache", StringComparison.Ordinal)) continue;
            var destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open on a failing test: leave it for the OS to clean */ }
    }
}
