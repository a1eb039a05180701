using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using LifeStory.Benchmarks;
using LifeStory.Pipeline;

// Modes:
//   cold-letter | cold-book   run the pipeline once in this fresh process and print how long it took
//   pages                     print the page count and PDF size of each benchmark book (no timing)
//   scaling                   time layout and layout + PDF for books of 25 to 800 pages (best of 3), per page
//   photo-book-setup <folder> [photos] [scans]   make the photo-book case folder (default 30 camera photos, 5 A4 scans)
//   photo-book-check <folder> time its stages in process and check every placed picture reaches 300 dpi
//   photo-stages <photo.jpg> [runs]   CPU per photo by stage (decode, resample, encode): SkiaSharp before, libvips after
//   batch [counts…]           review letters for folders of 50, 200 and 800 cases with BatchRun: letters/s and peak memory
//   print-pack [counts…]      the web app's print pack of 50 (or more) letters, each after its cover sheet: letters/s and peak memory
//   anything else             BenchmarkDotNet's own arguments (--filter '*', --list flat, ...). The default job
//                             is short (2 warm-ups, 5 iterations, 1 launch); add --full for BenchmarkDotNet's default job.
// As the lifestory program does at start (see src/LifeStory.Cli/Program.cs).
LifeStory.Documents.Pictures.NativeMemory.LimitArenas();
SkiaSharp.SKGraphics.Init();
switch (args.FirstOrDefault())
{
    case "cold-letter":
        return Cold(Letter.Request, "letter");
    case "cold-book":
        return Cold(Letter.Book, "book");
    case "pages":
        foreach (var size in new[] { 25, 100, 400 })
        {
            var (pages, bytes) = BookBenchmarks.Measure(size);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"book {size}: {pages} pages, PDF {bytes / 1024.0:N1} KB"));
        }
        return 0;
    case "scaling":
        Scaling.Run();
        return 0;
    case "photo-book-setup" when args.Length >= 2:
        return PhotoBookSetup.Run(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
    case "photo-book-check" when args.Length >= 2:
        return PhotoBookCheck.Run(Path.GetFullPath(args[1]));
    case "photo-stages" when args.Length >= 2:
        return PhotoStages.Run(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15);
    case "print-pack":
        return PrintPackBenchmark.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [50]);
    case "batch":
        return BatchBenchmark.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [50, 200, 800]);
}

var full = args.Contains("--full");
var config = DefaultConfig.Instance
    .AddColumn(OutputColumn.MadePages, OutputColumn.PagesPerSecond, OutputColumn.PdfSize);
if (!full)
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Quick").AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(BookBenchmarks).Assembly).Run(args.Where(a => a != "--full").ToArray(), config);
return 0;

static int Cold(Func<string, RunRequest> request, string name)
{
    var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
    var folder = Path.Combine(Path.GetTempPath(), "lifestory-cold-" + Guid.NewGuid().ToString("N")[..12]);
    Directory.CreateDirectory(folder);
    try
    {
        var clock = Stopwatch.StartNew();
        var result = CasePipeline.Run(request(Path.Combine(folder, name + ".pdf")));
        clock.Stop();
        if (result.OutputPath is null)
        {
            Console.Error.WriteLine("The pipeline stopped: " + string.Join("; ", result.Findings.Select(f => f.Message)));
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold-{name}: {result.PageCount} pages, {new FileInfo(result.OutputPath).Length / 1024.0:N1} KB, pipeline {clock.Elapsed.TotalMilliseconds:N0} ms (runtime start before Main: {sinceStart.TotalMilliseconds:N0} ms)"));
        return 0;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}
