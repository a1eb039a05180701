using System.Diagnostics;
using System.Globalization;
using LifeStory.Pipeline;

namespace LifeStory.Benchmarks;

/// <summary>
/// `batch [counts…]`: review letters for folders of 50, 200 and 800 cases (Maisie and Yusuf alternately), in
/// process, with BatchRun. Prints letters per second and the peak working set after each, so a reader can see
/// speed hold and memory stay flat as the batch grows. Warm: a small batch runs first so JIT is not timed.
/// </summary>
internal static class BatchBenchmark
{
    public static int Run(IReadOnlyList<int> counts)
    {
        var root = Path.Combine(Path.GetTempPath(), "lifestory-batch-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var request = new RunRequest(Product.Minutes, "", new DateOnly(2026, 11, 23));
            var warm = BatchRun.Run(Build(Path.Combine(root, "warm"), 4), request);
            if (warm.Failed.Any()) return Fail(warm);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: 4 letters, peak working set {Peak():N0} MB"));
            foreach (var count in counts)
            {
                var folder = Build(Path.Combine(root, count.ToString(CultureInfo.InvariantCulture)), count);
                var clock = Stopwatch.StartNew();
                var result = BatchRun.Run(folder, request);
                clock.Stop();
                if (result.Failed.Any()) return Fail(result);
                var letters = result.Made.Count();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"batch {count}: {letters} letters in {clock.Elapsed.TotalSeconds:N2} s = {letters / clock.Elapsed.TotalSeconds:N0} letters/s, peak working set {Peak():N0} MB"));
                // The same cases again: picture checks are now remembered in process, which shows what they cost.
                clock.Restart();
                BatchRun.Run(folder, request);
                clock.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  again, picture checks remembered: {letters / clock.Elapsed.TotalSeconds:N0} letters/s, peak working set {Peak():N0} MB"));
                // Each batch's letters are deleted before the next, so disk use stays small too.
                Directory.Delete(folder, recursive: true);
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static double Peak() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

    private static int Fail(BatchResult result)
    {
        foreach (var failed in result.Failed) Console.Error.WriteLine($"{failed.Name}: {failed.Reason}");
        return 1;
    }

    /// <summary>count case folders, alternately copies of samples/maisie and samples/yusuf (pictures too: the check reads them).</summary>
    private static string Build(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var sample = RepoPaths.Sample(i % 2 == 0 ? "maisie" : "yusuf");
            Copy(sample, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"case-{i:D4}-{Path.GetFileName(sample)}")));
        }
        return folder;
    }

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
