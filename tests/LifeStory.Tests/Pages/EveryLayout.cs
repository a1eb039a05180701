using LifeStory.Cases.Model;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Themes;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Pages;

/// <summary>
/// Every sample and every test case, as the child in each age band, made into each product on each paper the
/// product offers (A4, A4 printed duplex, A5 as for the booklet, US Letter), and the review letter and conference
/// outcome for each reader, and the pathway plan for the young person and the record: the laid-out pages, made once and shared by the tests of page rules.
/// </summary>
public sealed class EveryLayout : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly string[] Bands = ["early_years", "primary", "teen"];

    private static readonly (string Name, PageLayout Layout)[] Papers =
    [
        ("A4", new PageLayout(PageSize.A4)), ("A4 duplex", new PageLayout(PageSize.A4, Duplex: true)),
        ("A5", new PageLayout(PageSize.A5)), ("Letter", new PageLayout(PageSize.Letter)),
    ];

    private readonly List<TempFolder> _temps = [];

    public EveryLayout()
    {
        var made = new List<(string, LaidOutDocument)>();
        foreach (var folder in CaseFolders())
            foreach (var band in Bands)
            {
                var copy = InBand(folder, band);
                foreach (var (paper, layout) in Papers)
                {
                    var where = $"{Path.GetFileName(folder)} ({band}, {paper})";
                    Add(made, $"{where} book", new RunRequest(Product.Book, copy, Today, Layout: layout));
                    Add(made, $"{where} later-life letter", new RunRequest(Product.LaterLifeLetter, copy, Today, Layout: layout));
                    foreach (var reader in Enum.GetValues<Audience>())
                    {
                        Add(made, $"{where} review letter for {reader}", new RunRequest(Product.Minutes, copy, Today, Layout: layout, Reader: reader));
                        Add(made, $"{where} conference outcome for {reader}", new RunRequest(Product.Conference, copy, Today, Layout: layout, Reader: reader));
                    }
                    foreach (var reader in new[] { Audience.Child, Audience.Record })
                        Add(made, $"{where} pathway plan for {reader}", new RunRequest(Product.PathwayPlan, copy, Today, Layout: layout, Reader: reader));
                }
            }
        Documents = made;
    }

    /// <summary>Each laid-out document with what it is: "maisie (primary, A5) book".</summary>
    public IReadOnlyList<(string Name, LaidOutDocument Pages)> Documents { get; }

    /// <summary>The samples, and every folder of test cases, found on disk so a case added later is covered too.</summary>
    public static IEnumerable<string> CaseFolders() =>
        Directory.GetDirectories(Repo.Samples).Order(StringComparer.Ordinal)
            .Concat(Directory.GetDirectories(Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures")).Order(StringComparer.Ordinal))
            .Where(d => File.Exists(Path.Combine(d, "case.yaml")));

    private string InBand(string folder, string band)
    {
        var temp = new TempFolder();
        _temps.Add(temp);
        var copy = temp.CopyOf(folder);
        var yaml = Path.Combine(copy, "case.yaml");
        var lines = File.ReadAllLines(yaml).ToList();
        var child = lines.IndexOf("child:");
        Assert.True(child >= 0, $"{folder}/case.yaml has no child: line to set the age band under.");
        lines.RemoveAll(l => l.StartsWith("  age_band:", StringComparison.Ordinal));
        lines.Insert(child + 1, $"  age_band: {band}");
        File.WriteAllLines(yaml, lines);
        return copy;
    }

    private static void Add(List<(string, LaidOutDocument)> made, string name, RunRequest request)
    {
        using var composition = CasePipeline.Compose(request);
        // A case with no later-life letter, reviews, conferences or pathway plan has nothing of that kind to lay out.
        if (composition.Pages is null)
        {
            Assert.DoesNotContain(composition.Findings, f => f.IsError
                && f.Code is not ("no-later-life-letter" or CasePipeline.NoReviews or PlanDocuments.NoConferences or PlanDocuments.NoPathwayPlan));
            return;
        }
        made.Add((name, composition.Pages));
    }

    public void Dispose()
    {
        foreach (var temp in _temps) temp.Dispose();
    }
}
