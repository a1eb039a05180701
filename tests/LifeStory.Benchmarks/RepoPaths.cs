namespace LifeStory.Benchmarks;

/// <summary>Paths inside the repository, found by walking up from the running program to the folder holding LifeStory.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "LifeStory.sln"))) dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        return dir ?? throw new InvalidOperationException("LifeStory.sln was not found above " + AppContext.BaseDirectory);
    }
}
