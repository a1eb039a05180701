using System.Globalization;
using System.Text;
using LifeStory.SampleArt;
using LifeStory.SampleArt.Drawings;
using LifeStory.SampleArt.Painting;
using SkiaSharp;

namespace LifeStory.Benchmarks;

/// <summary>
/// Makes the photo-book benchmark's case folder: Maisie's case plus camera-sized photos (4000 × 3000 JPEGs with
/// phone EXIF, a few MB each, drawn by LifeStory.SampleArt) on timeline events, and A4 scans at 300 dpi
/// (2480 × 3508, with the wide paper margins a scanner catches) as drawings. Files already there are kept, so
/// a second setup of the same folder only rewrites case.yaml.
/// </summary>
internal static class PhotoBookSetup
{
    private const int ScanWidth = 2480;
    private const int ScanHeight = 3508;

    public static int Run(string folder, int photos, int scans)
    {
        CopyCase(RepoPaths.Sample("maisie"), folder);
        var scenes = ScenePainter.Names.ToArray();
        var subjects = DrawingPainter.Names.ToArray();
        Parallel.For(0, photos, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var path = Path.Combine(folder, "photos", PhotoName(i));
            if (!File.Exists(path)) File.WriteAllBytes(path, CameraPhoto.Create(scenes[i % scenes.Length], 4000, 3000, 1000 + i));
        });
        Parallel.For(0, scans, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var path = Path.Combine(folder, "drawings", ScanName(i));
            if (File.Exists(path)) return;
            using var page = DrawingPainter.Render(subjects[i % subjects.Length], ScanWidth, ScanHeight, 500 + i);
            using var data = page.Encode(i % 2 == 0 ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, 90);
            File.WriteAllBytes(path, data.ToArray());
        });
        File.WriteAllText(Path.Combine(folder, "case.yaml"), CaseYaml(File.ReadAllText(Path.Combine(folder, "case.yaml")), photos, scans));
        Console.WriteLine($"{folder}: Maisie's case with {photos} camera photos (4000 × 3000) and {scans} A4 scans (2480 × 3508)");
        return 0;
    }

    private static string PhotoName(int i) => string.Create(CultureInfo.InvariantCulture, $"bench-{i + 1:D3}.jpg");

    private static string ScanName(int i) => string.Create(CultureInfo.InvariantCulture, $"scan-{i + 1:D2}.{(i % 2 == 0 ? "png" : "jpg")}");

    /// <summary>Copies the case without its outputs or picture cache, so "cold" really starts cold.</summary>
    private static void CopyCase(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("output", StringComparison.Ordinal) || relative.StartsWith(".lifestory-cache", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>
    /// Maisie's case.yaml with the photos on timeline events (milestones print event photos) and the scans as
    /// drawings. Up to 40 photos get an event each; more are put ten to an event with short captions, because
    /// the template runner cuts an included template's text at 20,000 characters (Scriban's LimitToString), which
    /// silently dropped the later events of a 200-event timeline.
    /// </summary>
    private static string CaseYaml(string yaml, int photos, int scans)
    {
        var events = new StringBuilder();
        var photoList = new StringBuilder();
        var drawingList = new StringBuilder();
        var perEvent = photos <= 40 ? 1 : 10;
        var eventCount = (photos + perEvent - 1) / perEvent;
        for (var e = 0; e < eventCount; e++)
        {
            // Months from Maisie's birth (2019-06) to before "today" (2026-11), spread evenly.
            var date = new DateOnly(2019, 7, 1).AddMonths(e * 88 / Math.Max(1, eventCount)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(e * perEvent, Math.Min(perEvent, photos - e * perEvent)).Select(i => $"bench-{i + 1:D3}").ToList();
            events.Append(CultureInfo.InvariantCulture, $"  - date: {date}\n    title: Day out {e + 1}\n    words: Photos from the camera.\n    photos: [{string.Join(", ", ids)}]\n");
            foreach (var id in ids)
                photoList.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    file: photos/{id}.jpg\n    caption: {id[6..]}\n    date: {date}\n");
        }
        for (var i = 0; i < scans; i++)
            drawingList.Append(CultureInfo.InvariantCulture, $"  - id: scan-{i + 1:D2}\n    file: drawings/{ScanName(i)}\n    title: My scanned drawing {i + 1}\n    date: 2026-0{1 + i % 9}\n");
        return yaml.Replace("\ntimeline:\n", "\ntimeline:\n" + events, StringComparison.Ordinal)
            .Replace("\nphotos:\n", "\nphotos:\n" + photoList, StringComparison.Ordinal)
            .Replace("\ndrawings:\n", "\ndrawings:\n" + drawingList, StringComparison.Ordinal);
    }
}
