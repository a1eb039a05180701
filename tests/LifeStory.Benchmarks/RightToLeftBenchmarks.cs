using BenchmarkDotNet.Attributes;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Text;
using LifeStory.Pipeline;

namespace LifeStory.Benchmarks;

/// <summary>
/// What right-to-left pages cost in layout: Maisie's review letter laid out left to right and the same letter
/// laid out right to left (mirrored pages, the page's direction in every line), then a letter of the same
/// shape written in Arabic on a left-to-right page and on a right-to-left one. Layout only: reading the
/// Markdown is done once in setup, and drawing is the same work either way.
/// </summary>
[MemoryDiagnoser]
public class RightToLeftBenchmarks
{
    private Composition _letter = null!;
    private Document _english = null!, _englishRightToLeft = null!, _arabic = null!, _arabicRightToLeft = null!;
    private FontLibrary _fonts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _letter = CasePipeline.Compose(Letter.Request(Path.Combine(Path.GetTempPath(), "lifestory-bench-unused.pdf")));
        var pages = _letter.Pages ?? throw new InvalidOperationException("The letter did not compose.");
        var markdown = _letter.Markdown ?? throw new InvalidOperationException("The letter has no Markdown.");
        _fonts = FontLibrary.For(pages.Theme.Fonts);
        _english = MarkdownReader.Read(markdown, pages.Info);
        _englishRightToLeft = MarkdownReader.Read(markdown, pages.Info with { RightToLeft = true });
        var arabic = new DocumentInfo("رسالة إلى مريم") { Language = "ar" };
        _arabic = MarkdownReader.Read(ArabicLetter, arabic);
        _arabicRightToLeft = MarkdownReader.Read(ArabicLetter, arabic with { RightToLeft = true });
    }

    [GlobalCleanup]
    public void Cleanup() => _letter.Dispose();

    [Benchmark(Baseline = true, Description = "Review letter, layout, left to right")]
    public int English() => Lay(_english);

    [Benchmark(Description = "Review letter, layout, right to left")]
    public int EnglishRightToLeft() => Lay(_englishRightToLeft);

    [Benchmark(Description = "Arabic letter, layout, left-to-right page")]
    public int Arabic() => Lay(_arabic);

    [Benchmark(Description = "Arabic letter, layout, right-to-left page")]
    public int ArabicRightToLeft() => Lay(_arabicRightToLeft);

    private int Lay(Document document) => LayoutEngine.Layout(document, _letter.Pages!.Theme, _fonts, _letter.Pictures).Pages.Count;

    /// <summary>About two pages, like the review letter: headings, paragraphs with an English name, a list, a table, a scale and a timeline.</summary>
    private static readonly string ArabicLetter = string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"""
        # الجزء {i}

        عزيزتي مريم، التقينا يوم الاثنين في بيت Jo و Sam لنتحدث عن حياتك. قلتِ إنك تحبين المدرسة والسباحة، وإن وقت النوم صعب أحيانا.

        - تحبين الرسم مع Sam.
        - تريدين رؤية أخيك ليو أكثر.
        - ستبقين في المدرسة نفسها.

        | من | ماذا سيفعل |
        |----|------------|
        | Jo | يقرأ معك كل ليلة |
        | المعلمة | تساعدك في القراءة |

        ::: scale
        ما مدى شعورك بالأمان؟ 0: لست بأمان 10: بأمان تماما

        - مريم: 9
        - Jo: 7
        :::

        ::: timeline
        - 2019: ولدت
        - 2021: بيت جديد
        - 2023: المدرسة
        :::
        """));
}
