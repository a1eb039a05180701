using BenchmarkDotNet.Attributes;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using SkiaSharp;

namespace LifeStory.Benchmarks;

/// <summary>
/// One unbroken word of 25,000 to 100,000 letters (a pasted file, a held-down key) broken into lines: time and
/// memory must grow linearly with its length (before the windowed split: 3.8 s for 25 KB, 47 s and 4.8 GB for 100 KB).
/// </summary>
[MemoryDiagnoser]
public class LongWordBenchmarks
{
    private Inline[] _word = [];
    private ParagraphStyle _style = null!;

    [Params(25_000, 50_000, 100_000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _word = [new Inline(new string('a', Letters))];
        _style = new ParagraphStyle(FontRole.Body, 15f, SKColors.Black, 1.45f);
    }

    [Benchmark(Description = "break one long word into lines")]
    public int Break() => LineBreaker.Break(_word, _style, FontLibrary.Default, 400f).Count;
}
