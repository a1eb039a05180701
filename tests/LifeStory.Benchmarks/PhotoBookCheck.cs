using System.Diagnostics;
using System.Globalization;
using LifeStory.Documents.Layout;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;

namespace LifeStory.Benchmarks;

/// <summary>
/// The photo book in one process, stage by stage (compose, prepare pictures, write the PDF), and the print
/// check: every placed picture's effective dpi (prepared pixels ÷ placed inches) must reach 300, or as much as
/// the original file's pixels allow when it has fewer. Run it after `lifestory book` to see what dominated;
/// with an empty picture cache it shows the cold split, with a filled one the warm split.
/// </summary>
internal static class PhotoBookCheck
{
    private const float Dpi = 300f;

    public static int Run(string folder)
    {
        var clock = Stopwatch.StartNew();
        using var composition = CasePipeline.Compose(new RunRequest(Product.Book, folder, new DateOnly(2026, 11, 23)));
        var compose = clock.Elapsed.TotalMilliseconds;
        if (composition.Pages is not { } pages)
        {
            Console.Error.WriteLine("The pipeline stopped: " + string.Join("; ", composition.Findings.Select(f => f.Message)));
            return 1;
        }

        clock.Restart();
        var requests = PicturePreparation.Collect(pages.Pages, Dpi);
        var prepared = PicturePreparation.Prepare(composition.Pictures, requests, Environment.ProcessorCount);
        var prepare = clock.Elapsed.TotalMilliseconds;
        var decodes = composition.Pictures.Decodes;

        clock.Restart();
        using var counting = new CountingStream();
        PdfWriter.Write(pages, composition.Pictures, counting);
        var pdf = clock.Elapsed.TotalMilliseconds;

        var placed = 0;
        var belowTarget = new List<string>();
        var lowest = double.MaxValue;
        foreach (var item in pages.Pages.SelectMany(p => p.Items).SelectMany(Pictures))
        {
            placed++;
            var image = prepared[PicturePreparation.For(item, Dpi)];
            var info = composition.Pictures.Describe(item.Source, out _)!;
            var (inchesW, inchesH) = (item.Bounds.Width / 72.0, item.Bounds.Height / 72.0);
            var effective = Math.Min(image.Width / inchesW, image.Height / inchesH);
            var available = Math.Min(info.Width * item.Crop.Width / inchesW, info.Height * item.Crop.Height / inchesH);
            lowest = Math.Min(lowest, effective);
            // Half a dot of slack: pixel sizes are whole numbers.
            if (effective < Math.Min(Dpi, available) - 0.5)
                belowTarget.Add(string.Create(CultureInfo.InvariantCulture, $"{item.Source}: {effective:N0} dpi (source allows {available:N0})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"photo-book: {pages.Pages.Count} pages, {placed} pictures placed, {requests.Count} distinct, {decodes} decoded, PDF {counting.Count / 1048576.0:N1} MB, {composition.Findings.Count} findings"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in process: compose {compose:N0} ms, prepare pictures {prepare:N0} ms, write PDF {pdf:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dpi: lowest effective {lowest:N0}; {belowTarget.Count} below 300 where the source allows more"));
        foreach (var line in belowTarget) Console.WriteLine("  " + line);
        return belowTarget.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<PictureItem> Pictures(PageItem item) => item switch
    {
        PictureItem picture => [picture],
        FurnitureItem furniture => Pictures(furniture.Inner),
        ScaledItem group => group.Items.SelectMany(Pictures),
        _ => [],
    };
}
