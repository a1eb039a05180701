using BenchmarkDotNet.Attributes;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;

namespace LifeStory.Benchmarks;

/// <summary>
/// Maisie's two-page review letter end to end, warm: load and check the case, filter it for the child, fill the
/// templates, read the Markdown, lay out, draw the PDF and save it atomically. The target is under 10 ms.
/// </summary>
[MemoryDiagnoser]
public class LetterBenchmarks
{
    private string _folder = "";
    private RunRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lifestory-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        _request = Letter.Request(Path.Combine(_folder, "letter.pdf"));
        var result = CasePipeline.Run(_request);
        if (!result.Succeeded)
            throw new InvalidOperationException("The letter did not run: " + string.Join("; ", result.Findings.Select(f => f.Message)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Review letter, end to end")]
    public RunResult ReviewLetter() => CasePipeline.Run(_request);

    /// <summary>The same letter in English and Arabic, part by part (--bilingual ar): two runs of the templates, one layout. Target: under 20 ms.</summary>
    [Benchmark(Description = "Review letter, English and Arabic, end to end")]
    public RunResult BilingualLetter() => CasePipeline.Run(_request with { Bilingual = "ar", OutputPath = Path.Combine(_folder, "letter-en-ar.pdf") });

    /// <summary>The same letter in Arabic alone (--language ar): the Arabic catalogue, right-to-left pages, the PDF.</summary>
    [Benchmark(Description = "Review letter, Arabic, end to end")]
    public RunResult ArabicLetter() => CasePipeline.Run(_request with { Language = "ar", OutputPath = Path.Combine(_folder, "letter-ar.pdf") });

    /// <summary>
    /// The bilingual letter up to laid-out pages: the CPU's share of it, without the PDF, the disk and its fsync, which
    /// on a machine shared with other builds cost more than the letter itself.
    /// </summary>
    [Benchmark(Description = "Review letter, English and Arabic, up to layout")]
    public int BilingualLetterComposeOnly()
    {
        using var composition = CasePipeline.Compose(_request with { Bilingual = "ar" });
        return composition.Pages?.Pages.Count ?? 0;
    }

    /// <summary>The bilingual letter's PDF made in memory: every stage but the save (the temporary file, fsync, the move).</summary>
    [Benchmark(Description = "Review letter, English and Arabic, PDF in memory")]
    public long BilingualLetterInMemory()
    {
        using var composition = CasePipeline.Compose(_request with { Bilingual = "ar" });
        using var pdf = new MemoryStream();
        PdfWriter.Write(composition.Pages!, composition.Pictures, pdf);
        return pdf.Length;
    }

    /// <summary>Every stage up to laid-out pages (load, check, filter, templates, Markdown, layout): the end to end run less the PDF and the save.</summary>
    [Benchmark(Description = "Review letter, up to layout")]
    public int ReviewLetterComposeOnly()
    {
        using var composition = CasePipeline.Compose(_request);
        return composition.Pages?.Pages.Count ?? 0;
    }
}

/// <summary>The letter every benchmark and the cold-start mode make.</summary>
internal static class Letter
{
    public static RunRequest Request(string output) =>
        new(Product.Minutes, RepoPaths.Sample("maisie"), new DateOnly(2026, 11, 23), output);

    public static RunRequest Book(string output) =>
        new(Product.Book, RepoPaths.Sample("maisie"), new DateOnly(2026, 11, 23), output);

    /// <summary>Runs the letter once into a temporary folder and measures what it wrote.</summary>
    public static Output Measure()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lifestory-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var result = CasePipeline.Run(Request(Path.Combine(folder, "letter.pdf")));
            return result.OutputPath is null ? new Output(0, 0) : new Output(result.PageCount, new FileInfo(result.OutputPath).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
