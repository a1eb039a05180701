using BenchmarkDotNet.Attributes;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Translations;

namespace LifeStory.Benchmarks;

/// <summary>
/// Yusuf's case with every text translated into Arabic: what a document in another language adds to each run (the
/// translated case), and what export and import cost. Every text gets the same Arabic sentence, a little longer
/// than most of his fields, so the cost is of the walking and copying, not of one field.
/// </summary>
[MemoryDiagnoser]
public class TranslationBenchmarks
{
    private Case _yusuf = null!;
    private TranslationSet _arabic = null!;
    private byte[] _xliff = [];

    [GlobalSetup]
    public void Setup()
    {
        _yusuf = CaseLoader.Load(RepoPaths.Sample("yusuf")).Case!.Model;
        _arabic = new TranslationSet("ar", TranslatableTexts.All(_yusuf).ToDictionary(t => t.Key,
            t => new Translation(t.Key, t.EnglishHash, "ماما تعيش في القاهرة مع أمل وهدى. هي تطبخ أطيب فول مدمس في أم درمان، وعلّمتك كيف تطبخه."),
            StringComparer.Ordinal));
        using var stream = new MemoryStream();
        Xliff.Write(ExchangeFile.For(TranslatableTexts.All(_yusuf), _arabic), stream);
        _xliff = stream.ToArray();
    }

    [Benchmark(Baseline = true, Description = "The case in Arabic (every text translated)")]
    public int Translate() => TranslatedCase.For(_yusuf, _arabic).People.Count;

    [Benchmark(Description = "The texts the parents' review letter prints")]
    public int MinutesTexts() => TranslatableTexts.For(_yusuf, Product.Minutes, Audience.Parents).Count;

    [Benchmark(Description = "Export the whole case as XLIFF")]
    public long ExportXliff()
    {
        using var stream = new MemoryStream();
        Xliff.Write(ExchangeFile.For(TranslatableTexts.All(_yusuf), _arabic), stream);
        return stream.Length;
    }

    [Benchmark(Description = "Read the XLIFF back and merge it")]
    public int ImportXliff()
    {
        var (file, _) = Xliff.Read(new MemoryStream(_xliff), "ar.xlf");
        return TranslationImport.Merge(_yusuf, TranslationSet.Empty("ar"), file!, "ar.xlf").Imported;
    }
}
