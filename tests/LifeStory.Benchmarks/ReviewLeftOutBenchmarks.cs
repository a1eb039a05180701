using BenchmarkDotNet.Attributes;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Reviews.LeftOut;

namespace LifeStory.Benchmarks;

/// <summary>
/// The redaction summary the review page shows on every visit: each reader's version of Maisie's case worked out by
/// the redactor (three readers, the record is the case itself) and the September meeting's left-out items named.
/// The page also loads case.yaml; the second benchmark includes that.
/// </summary>
[MemoryDiagnoser]
public class ReviewLeftOutBenchmarks
{
    private static readonly DateOnly September = new(2026, 9, 15);
    private Case _maisie = null!;

    [GlobalSetup]
    public void Setup() => _maisie = CaseLoader.Load(RepoPaths.Sample("maisie")).Case!.Model;

    [Benchmark(Baseline = true, Description = "What each version of a review leaves out")]
    public int Summary() => ReviewLeftOut.For(_maisie, September).Sum(r => r.Items.Count);

    [Benchmark(Description = "The same, loading case.yaml first")]
    public int SummaryFromFolder() => ReviewLeftOut.For(RepoPaths.Sample("maisie"), September, null).Sum(r => r.Items.Count);
}
