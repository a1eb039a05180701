using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LifeStory.Benchmarks;

/// <summary>
/// Pages, pages per second and PDF size beside the timings. Pages and sizes are worked out once in the host
/// process (the layout is deterministic, so they are what each timed run made); pages per second divides the
/// page count by the measured mean.
/// </summary>
internal sealed class OutputColumn(string name, string legend, Func<Output, double, string> value) : IColumn
{
    private static readonly ConcurrentDictionary<string, Output> Outputs = new();

    public static IColumn MadePages { get; } = new OutputColumn("Made pages", "Pages in the laid-out document",
        (output, _) => output.Pages.ToString(CultureInfo.InvariantCulture));

    public static IColumn PagesPerSecond { get; } = new OutputColumn("Pages/s", "Pages laid out (and drawn) per second: Made pages ÷ Mean",
        (output, meanNs) => double.IsNaN(meanNs) ? "?" : (output.Pages / (meanNs / 1e9)).ToString("N0", CultureInfo.InvariantCulture));

    public static IColumn PdfSize { get; } = new OutputColumn("PDF KB", "Size of the PDF written (fonts subset and embedded)",
        (output, _) => output.PdfBytes == 0 ? "-" : (output.PdfBytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture));

    public string Id => "LifeStory." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var output = Of(benchmarkCase);
        if (output is null) return "-";
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean ?? double.NaN;
        return value(output, mean);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    /// <summary>What the benchmark case makes, or null when the column does not apply (reading Markdown makes no pages).</summary>
    private static Output? Of(BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (benchmarkCase.Descriptor.Type == typeof(BookBenchmarks) && method != nameof(BookBenchmarks.ReadMarkdown))
        {
            var pages = (int)benchmarkCase.Parameters[nameof(BookBenchmarks.Pages)];
            var output = Outputs.GetOrAdd("book-" + pages, _ =>
            {
                var (count, bytes) = BookBenchmarks.Measure(pages);
                return new Output(count, bytes);
            });
            return method == nameof(BookBenchmarks.Layout) ? output with { PdfBytes = 0 } : output;
        }
        if (benchmarkCase.Descriptor.Type == typeof(LetterBenchmarks))
        {
            var output = Outputs.GetOrAdd("letter", _ => Letter.Measure());
            return method == nameof(LetterBenchmarks.ReviewLetter) ? output : output with { PdfBytes = 0 };
        }
        return null;
    }
}

/// <summary>What one run makes: its pages and the bytes of its PDF (0 when it writes none).</summary>
internal sealed record Output(int Pages, long PdfBytes);
