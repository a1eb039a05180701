using System.Diagnostics;
using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Reviews.PrintPack;

namespace LifeStory.Benchmarks;

/// <summary>
/// `print-pack [counts…]`: the web app's week's-letters batch without the web around it — for each case a fresh copy
/// of its folder (as the app writes each revision to a private folder, once for all its copies), the review letter
/// composed for each reader in turn (child, carers, parents, record; Maisie and Yusuf alternately), a cover sheet
/// before each, and all of them drawn into one print pack with pictures prepared on one thread, as the app's
/// BatchRunner does. Prints letters per second
/// and the peak working set. A small pack runs first so JIT is not timed.
/// </summary>
internal static class PrintPackBenchmark
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Carers, Audience.Parents, Audience.Record];

    public static int Run(IReadOnlyList<int> counts)
    {
        var root = Path.Combine(Path.GetTempPath(), "lifestory-pack-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Pack(root, 4, out _, out _);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: 4 letters, peak working set {Peak():N0} MB"));
            foreach (var count in counts)
            {
                var clock = Stopwatch.StartNew();
                Pack(root, count, out var pages, out var bytes);
                clock.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"print pack of {count} letters: {pages} pages, {bytes / 1024.0 / 1024.0:N1} MB, in {clock.Elapsed.TotalSeconds:N1} s = {count / clock.Elapsed.TotalSeconds:N2} letters/s, peak working set {Peak():N0} MB"));
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void Pack(string root, int count, out int pages, out long bytes)
    {
        // In memory, as the app keeps the pack for its download.
        using var output = new MemoryStream();
        var counts = PackWriter.Write(Parts(root, count), new DocumentInfo("Review letters to post"), output, new RenderOptions(300f, MaxParallelism: 1));
        pages = counts.Sum();
        bytes = output.Length;
    }

    /// <summary>Four copies (child, carers, parents, record) per case, sharing its folder as the app's copies of one revision do.</summary>
    private static IEnumerable<PackPart> Parts(string root, int count)
    {
        var today = new DateOnly(2026, 11, 23);
        string? folder = null;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (i % Readers.Length == 0)
                {
                    if (folder is not null) Directory.Delete(folder, recursive: true);
                    folder = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"case-{Guid.NewGuid():N}"));
                    Copy(RepoPaths.Sample(i / Readers.Length % 2 == 0 ? "maisie" : "yusuf"), folder);
                }
                var reader = Readers[i % Readers.Length];
                using var composition = CasePipeline.Compose(new RunRequest(Product.Minutes, folder!, today, Reader: reader));
                var letter = composition.Pages ?? throw new InvalidOperationException(string.Join("; ", composition.Findings.Select(f => f.Message)));
                var cover = CoverSheet.Layout(new PackLetter("A Reader", reader == Audience.Child, reader, PackRoute.Post, "1 Example Road\nLeeds\nLS2 9ZZ",
                    today, letter.Pages.Count), letter.Theme);
                yield return new PackPart(cover, composition.Pictures);
                yield return new PackPart(letter, composition.Pictures);
            }
        }
        finally
        {
            if (folder is not null) Directory.Delete(folder, recursive: true);
        }
    }

    private static double Peak() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("output", StringComparison.Ordinal) || relative.StartsWith(".lifestory-cache", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
