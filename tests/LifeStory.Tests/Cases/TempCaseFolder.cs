using LifeStory.Cases.Loading;

namespace LifeStory.Tests.Cases;

/// <summary>A throwaway case folder on disk, deleted after the test.</summary>
internal sealed class TempCaseFolder : IDisposable
{
    /// <summary>The smallest valid case; tests add sections after it. Lines 1 to 6.</summary>
    public const string MinimalChild = """
        child:
          legal_name: Maisie Test
          preferred_name: Maisie
          date_of_birth: 2019-06-12
          pronouns: she
          first_language: English

        """;

    public TempCaseFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lifestory-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static TempCaseFolder With(string caseYaml)
    {
        var folder = new TempCaseFolder();
        folder.WriteCase(caseYaml);
        return folder;
    }

    public void WriteCase(string caseYaml) => File.WriteAllText(System.IO.Path.Combine(Path, "case.yaml"), caseYaml);

    /// <summary>
    /// Adds a real picture (PNG for .png, JPEG otherwise) large enough to print sharply, so the picture checks
    /// have nothing to say unless a test means them to.
    /// </summary>
    public string AddFile(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, full.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? SharpPng.Value : SharpJpeg.Value);
        return full;
    }

    private static readonly Lazy<byte[]> SharpPng = new(() => Picture(SkiaSharp.SKEncodedImageFormat.Png));
    private static readonly Lazy<byte[]> SharpJpeg = new(() => Picture(SkiaSharp.SKEncodedImageFormat.Jpeg));

    private static byte[] Picture(SkiaSharp.SKEncodedImageFormat format)
    {
        using var bitmap = new SkiaSharp.SKBitmap(1600, 1200);
        bitmap.Erase(SkiaSharp.SKColors.SkyBlue);
        using var data = bitmap.Encode(format, 80);
        return data.ToArray();
    }

    public CaseLoadResult Load() => CaseLoader.Load(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
