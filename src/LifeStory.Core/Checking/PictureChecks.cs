using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Documents.Pictures;

namespace LifeStory.Checking;

/// <summary>
/// Every photo and drawing can be read and will print sharply, and every photo has a caption. Files that are
/// missing or outside the case are left to <see cref="FileChecks"/>, so each problem is reported once.
/// </summary>
internal static class PictureChecks
{
    /// <summary>The code of an unreadable picture: the pipeline can turn these into warnings when told to skip them.</summary>
    public const string BadPicture = "bad-picture";

    /// <summary>The widest a picture is placed in the book: the A4 text column, in points.</summary>
    private const double FullWidthPoints = 483;

    /// <summary>
    /// 300 dots per inch is the print ideal, but the samples' 1600 × 1200 photos print at about 240 at full width
    /// and look sharp; below 200 a print looks soft, so that is where the warning starts.
    /// </summary>
    private const double SoftBelowDpi = 200;

    /// <summary>About 1,342 pixels on the longer side.</summary>
    public static readonly int MinLongerSide = (int)Math.Ceiling(FullWidthPoints / 72 * SoftBelowDpi);

    public static void Run(CheckContext context)
    {
        var photos = context.Case.Photos;
        var drawings = context.Case.Drawings;
        // Looking at a picture means decoding it, so every picture is looked at in parallel first; findings are
        // then added in the order of case.yaml, whatever order the looking finished in.
        var reports = new System.Collections.Concurrent.ConcurrentDictionary<string, PictureReport>(StringComparer.Ordinal);
        var files = photos.Select(p => p.File).Concat(drawings.Select(d => d.File)).Distinct(StringComparer.Ordinal).Where(context.Printed).ToList();
        void Look(string file)
        {
            if (Resolve(context, file) is { } fullPath) reports[file] = Inspect(context, fullPath, file);
        }
        // A letter usually prints one picture or none: that is looked at on this thread, without waking the pool.
        if (files.Count > 0 && CaseFiles.UsablePictureCache(context.Loaded.Folder) is null)
        {
            context.Warning("picture-cache-skipped", "", "The case folder cannot be written, so what was learnt about its pictures is not kept (.lifestory-cache).",
                "Nothing else is affected; pictures are checked again next time. Copy the case folder somewhere you can write to make that faster.");
        }
        if (files.Count <= 1) files.ForEach(Look);
        else Parallel.ForEach(files, Look);
        for (var i = 0; i < photos.Count; i++)
        {
            Check(context, reports, $"photos[{i}].file", photos[i].File, "Use the original photo if you have it.");
            if (string.IsNullOrWhiteSpace(photos[i].Caption))
            {
                context.Warning("photo-no-caption", $"photos[{i}]", "has no caption.",
                    "Add a caption in the child's words, such as \"You and Sam at the park\".");
            }
        }
        for (var i = 0; i < drawings.Count; i++)
            Check(context, reports, $"drawings[{i}].file", drawings[i].File, "Scan the drawing again at 300 dots per inch, or use the original file.");
    }

    private static string? Resolve(CheckContext context, string file) =>
        string.IsNullOrWhiteSpace(file) || !CaseFiles.TryResolve(context.Loaded.Folder, file, out var fullPath, out _) || !File.Exists(fullPath)
            ? null : fullPath;

    private static PictureReport Inspect(CheckContext context, string fullPath, string file) =>
        PictureInspector.Inspect(fullPath, file, cacheFolder: CaseFiles.UsablePictureCache(context.Loaded.Folder));

    private static void Check(CheckContext context, IReadOnlyDictionary<string, PictureReport> reports, string path, string file, string sharper)
    {
        // Missing files and paths outside the case are FileChecks' to report; pictures this output does not print are not opened.
        if (!reports.TryGetValue(file, out var report)) return;
        if (!report.Usable)
        {
            context.Error(BadPicture, path, report.Problem!, report.Fix!);
            return;
        }
        if (report.Problem is not null) context.Warning("picture-renamed", path, report.Problem, report.Fix!);
        if (Math.Max(report.Width, report.Height) < MinLongerSide)
        {
            context.Warning("picture-soft", path,
                string.Create(CultureInfo.InvariantCulture, $"'{file}' is {report.Width:N0} × {report.Height:N0} pixels; it will print soft at full width."),
                string.Create(CultureInfo.InvariantCulture,
                    $"{sharper} A picture across the page needs at least {MinLongerSide:N0} pixels on its longer side ({SoftBelowDpi} dots per inch)."));
        }
    }
}
