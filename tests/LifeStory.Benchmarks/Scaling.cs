using System.Diagnostics;
using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Markdown;
using LifeStory.Documents.Model;
using LifeStory.Documents.Pictures;
using LifeStory.Documents.Rendering;
using LifeStory.Documents.Text;
using LifeStory.Documents.Themes;

namespace LifeStory.Benchmarks;

/// <summary>
/// A quick check of how layout and PDF time grow with the size of the book, outside BenchmarkDotNet: the best
/// of three runs after a warm-up, divided by the pages made. Constant milliseconds per page means linear.
/// </summary>
internal static class Scaling
{
    public static void Run()
    {
        using var pictures = new FolderPictureSource(_ => null);
        Console.WriteLine("  size  pages   layout ms  ms/page   layout+PDF ms  ms/page   allocated MB (layout+PDF)");
        _ = Time(BookDocument(25), pictures, pdf: true);
        foreach (var size in new[] { 25, 50, 100, 200, 400, 800 })
        {
            var document = BookDocument(size);
            var layout = Time(document, pictures, pdf: false);
            var full = Time(document, pictures, pdf: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,6} {layout.Pages,6} {layout.Ms,11:N1} {layout.Ms / layout.Pages,8:N2} {full.Ms,15:N1} {full.Ms / full.Pages,8:N2} {full.AllocatedMb,14:N1}"));
        }
    }

    private static Document BookDocument(int pages) => MarkdownReader.Read(BookText.Markdown(pages), new DocumentInfo("Scaling"));

    private static (int Pages, double Ms, double AllocatedMb) Time(Document document, IPictureSource pictures, bool pdf)
    {
        var best = double.MaxValue;
        var pages = 0;
        var allocated = 0L;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var laidOut = LayoutEngine.Layout(document, Theme.Book, FontLibrary.Default, pictures);
            if (pdf)
            {
                using var output = new CountingStream();
                PdfWriter.Write(laidOut, pictures, output);
            }
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            pages = laidOut.Pages.Count;
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return (pages, best, allocated / 1048576.0);
    }
}
