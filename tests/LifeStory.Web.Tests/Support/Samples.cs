using LifeStory.Web.Data;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Tests.Support;

/// <summary>The repository's sample case folders, as copied beside the tests.</summary>
public static class Samples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static CaseFolderContents Folder(string name) => DemoSeed.ReadFolder(Path(name));

    public static byte[] Zip(string name) => CaseZip.Write(Folder(name));
}
