using BenchmarkDotNet.Attributes;
using LifeStory.Languages;
using LifeStory.Pipeline;
using LifeStory.Templating;

namespace LifeStory.Benchmarks;

/// <summary>
/// What a language costs: loading its catalogue (kept parsed while its files are unchanged, so a run checks their
/// stamps and merges them; a council's edit still shows at once) and Maisie's review letter up to layout in English
/// and in Arabic, whose every fixed word goes through the catalogue.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private static readonly TemplateFolders Shipped = new([TemplateFolders.BuiltIn]);
    private readonly RunRequest _english = Letter.Request(Path.Combine(Path.GetTempPath(), "unused.pdf"));
    private RunRequest Arabic => _english with { Language = "ar" };

    [Benchmark(Description = "Catalogue load, English")]
    public int LoadEnglish() => Catalogues.Load(Shipped, "en").Catalogue!.Words.Count;

    [Benchmark(Description = "Catalogue load, Arabic over English")]
    public int LoadArabic() => Catalogues.Load(Shipped, "ar").Catalogue!.Words.Count;

    [Benchmark(Baseline = true, Description = "Review letter up to layout, English")]
    public int LetterEnglish()
    {
        using var composition = CasePipeline.Compose(_english);
        return composition.Pages?.Pages.Count ?? 0;
    }

    [Benchmark(Description = "Review letter up to layout, Arabic")]
    public int LetterArabic()
    {
        using var composition = CasePipeline.Compose(Arabic);
        return composition.Pages?.Pages.Count ?? 0;
    }
}
