using LifeStory.Tests.Support;

namespace LifeStory.Tests.Book;

/// <summary>
/// A copy of a sample case in a temp folder with a few lines of its case.yaml changed, so a test can see the
/// same child in another age band or look without a second sample to keep up to date.
/// </summary>
internal sealed class SampleVariant : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleVariant(string sample, params (string Find, string Replace)[] edits)
    {
        Folder = _temp.File(sample);
        Copy(Repo.Sample(sample), Folder);
        var file = Path.Combine(Folder, "case.yaml");
        var yaml = File.ReadAllText(file);
        foreach (var (find, replace) in edits)
        {
            Assert.True(yaml.Contains(find, StringComparison.Ordinal), $"The sample's case.yaml has no '{find}' to change.");
            yaml = yaml.Replace(find, replace, StringComparison.Ordinal);
        }
        File.WriteAllText(file, yaml);
    }

    public string Folder { get; }

    /// <summary>Maisie as if she were in another age band (the band can be set on the child).</summary>
    public static SampleVariant InBand(string sample, string band) =>
        new(sample, ("  pronouns:", $"  age_band: {band}\n  pronouns:"));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            // Outputs and caches belong to the original; the copy makes its own.
            if (name is "output" or ".lifestory-cache") continue;
            Copy(dir, Path.Combine(to, name));
        }
    }

    public void Dispose() => _temp.Dispose();
}
