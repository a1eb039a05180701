using BenchmarkDotNet.Attributes;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Benchmarks;

/// <summary>
/// A text-only book of about 25, 100 and 400 pages: reading the Markdown, laying it out, and laying it out
/// and drawing the PDF. Comparing sizes shows whether time and memory grow linearly with the book.
/// </summary>
[MemoryDiagnoser]
public class BookBenchmarks
{
    private string _markdown = "";
    private Document _document = null!;
    private FolderPictureSource _pictures = null!;

    [Params(25, 100, 400)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = BookText.Markdown(Pages);
        _document = MarkdownReader.Read(_markdown, new DocumentInfo("Benchmark book"));
        _pictures = new FolderPictureSource(_ => null);
        _ = FontLibrary.Default;
    }

    [GlobalCleanup]
    public void Cleanup() => _pictures.Dispose();

    [Benchmark(Description = "Markdown → document")]
    public Document ReadMarkdown() => MarkdownReader.Read(_markdown, new DocumentInfo("Benchmark book"));

    [Benchmark(Description = "Layout only")]
    public LaidOutDocument Layout() => LayoutEngine.Layout(_document, Theme.Book, FontLibrary.Default, _pictures);

    [Benchmark(Baseline = true, Description = "Layout + PDF")]
    public long LayoutAndPdf()
    {
        var laidOut = LayoutEngine.Layout(_document, Theme.Book, FontLibrary.Default, _pictures);
        using var output = new CountingStream();
        PdfWriter.Write(laidOut, _pictures, output);
        return output.Count;
    }

    /// <summary>What one run makes, for the Pages and PDF size columns (worked out in the host process, not timed).</summary>
    internal static (int Pages, long PdfBytes) Measure(int pages)
    {
        var document = MarkdownReader.Read(BookText.Markdown(pages), new DocumentInfo("Benchmark book"));
        using var pictures = new FolderPictureSource(_ => null);
        var laidOut = LayoutEngine.Layout(document, Theme.Book, FontLibrary.Default, pictures);
        using var output = new CountingStream();
        PdfWriter.Write(laidOut, pictures, output);
        return (laidOut.Pages.Count, output.Count);
    }
}
