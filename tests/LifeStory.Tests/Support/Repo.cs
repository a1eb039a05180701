using System.Runtime.CompilerServices;

namespace LifeStory.Tests.Support;

/// <summary>Paths inside the repository, found from this source file so tests run from any working directory.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var dir = Path.GetDirectoryName(here);
        while (dir is not null && !File.Exists(Path.Combine(dir, "LifeStory.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("LifeStory.sln not found above " + here);
    }
}
