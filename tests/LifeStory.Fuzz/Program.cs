using System.Text;
using LifeStory.Documents.Pictures;
using LifeStory.Fuzz;
using SharpFuzz;
using SkiaSharp;

// lifestory-fuzz <target> [file ...]
//   Under afl-fuzz (started by fuzz-afl), SharpFuzz's fork server feeds the target one input after another.
//   With files named, each file is run through the target once and the program says which, if any, crashed:
//   how a finding is reproduced before it is kept in Crashes/.
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: lifestory-fuzz <{string.Join('|', FuzzTargets.Names)}> [input file ...]");
    return 2;
}

// Made on first use, inside the target: under afl-fuzz our assemblies are instrumented, and instrumented code may
// run only once SharpFuzz has set up the coverage map, that is inside Fuzzer.OutOfProcess.Run's action.
FuzzWorkspace? workspace = null;
Action<byte[]> target = args[0] switch
{
    FuzzTargets.CaseYamlName => bytes => FuzzTargets.CaseYaml(bytes, (workspace ??= FuzzWorkspace.Create()).CaseFolder, makeBook: false),
    _ => bytes => FuzzTargets.Markdown(Encoding.UTF8.GetString(bytes), (workspace ??= FuzzWorkspace.Create()).Pictures),
};

if (args.Length > 1)
{
    var failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"ok      {file}");
        }
        catch (Exception failure)
        {
            failed++;
            Console.WriteLine($"CRASHED {file}: {failure.GetType().Name}: {failure.Message}");
        }
    }
    workspace?.Dispose();
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target(memory.ToArray());
});
return 0;

/// <summary>A temporary case folder and a folder holding one small real picture, removed when the run ends.</summary>
internal sealed class FuzzWorkspace : IDisposable
{
    private readonly string _root;

    private FuzzWorkspace(string root, FolderPictureSource pictures)
    {
        _root = root;
        Pictures = pictures;
    }

    public string CaseFolder => Path.Combine(_root, "case");

    public FolderPictureSource Pictures { get; }

    public static FuzzWorkspace Create()
    {
        var under = Environment.GetEnvironmentVariable("LIFESTORY_FUZZ_WORK");
        var root = string.IsNullOrEmpty(under)
            ? Directory.CreateTempSubdirectory("lifestory-fuzz-").FullName
            : Directory.CreateDirectory(Path.Combine(under, $"workspace-{Environment.ProcessId}")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "case"));
        var pictures = Path.Combine(root, "pictures");
        Directory.CreateDirectory(pictures);
        // The Markdown inputs name this picture (the seeds do): a real decode and draw, not only a missing-picture box.
        using (var bitmap = new SKBitmap(48, 32))
        {
            bitmap.Erase(SKColors.SeaGreen);
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(pictures, FuzzTargets.Picture), png.ToArray());
        }
        return new FuzzWorkspace(root, FolderPictureSource.Under(pictures));
    }

    public void Dispose()
    {
        Pictures.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
