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
        Folder = _temp.CopyOf(Repo.Sample(sample));
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

    public void Dispose() => _temp.Dispose();
}
