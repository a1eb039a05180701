using BenchmarkDotNet.Attributes;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;

namespace LifeStory.Benchmarks;

/// <summary>
/// The two plan documents end to end, warm, beside the review letter they are built like: Mia's parents' summary of
/// her child protection conference (two pages) and Yusuf's three-page pathway plan. And `check` on Mia's case, which
/// now lays out the parents' summary to count its pages and measure its reading age.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private string _folder = "";
    private RunRequest _summary = null!;
    private RunRequest _pathway = null!;

    private static string Mia => Path.Combine(RepoPaths.Root, "tests", "LifeStory.Tests", "Cases", "Fixtures", "mia");

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lifestory-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        _summary = new RunRequest(Product.Conference, Mia, Today, Path.Combine(_folder, "summary.pdf"), Reader: Audience.Parents);
        _pathway = new RunRequest(Product.PathwayPlan, RepoPaths.Sample("yusuf"), Today, Path.Combine(_folder, "pathway.pdf"));
        foreach (var request in new[] { _summary, _pathway })
            if (!CasePipeline.Run(request).Succeeded) throw new InvalidOperationException($"The {request.Product} did not run.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Conference summary for parents, end to end")]
    public RunResult ParentsSummary() => CasePipeline.Run(_summary);

    [Benchmark(Description = "Pathway plan, end to end")]
    public RunResult PathwayPlan() => CasePipeline.Run(_pathway);

    [Benchmark(Description = "check on a case with a conference")]
    public int CheckWithConference() => EveryCheck.Run(CaseLoader.Load(Mia), Today, null).Count;
}
