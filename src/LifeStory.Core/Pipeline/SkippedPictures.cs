using LifeStory.Cases.Loading;
using LifeStory.Checking;

namespace LifeStory.Pipeline;

/// <summary>
/// Pictures the social worker chose to leave out with --skip-bad-pictures: their errors become warnings, and
/// they resolve to no file, so the book draws a gentle placeholder where each would be. A book with one bad
/// phone photo can still go to the child today, and the photo can follow.
/// </summary>
internal sealed class SkippedPictures
{
    private readonly HashSet<string> _fullPaths;

    private SkippedPictures(IReadOnlyList<Finding> findings, IReadOnlyList<string> files, HashSet<string> fullPaths)
    {
        Findings = findings;
        Files = files;
        _fullPaths = fullPaths;
    }

    /// <summary>The checker's findings, with bad-picture errors turned into warnings when skipping.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The skipped files as case.yaml names them, in the order they are listed.</summary>
    public IReadOnlyList<string> Files { get; }

    public static SkippedPictures From(IReadOnlyList<Finding> findings, LoadedCase loaded, bool skip)
    {
        if (!skip) return new SkippedPictures(findings, [], []);
        var filesByField = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Model.Photos.Count; i++) filesByField[$"photos[{i}].file"] = loaded.Model.Photos[i].File;
        for (var i = 0; i < loaded.Model.Drawings.Count; i++) filesByField[$"drawings[{i}].file"] = loaded.Model.Drawings[i].File;

        var files = new List<string>();
        var fullPaths = new HashSet<string>(StringComparer.Ordinal);
        var kept = findings.Select(finding =>
        {
            if (finding.Code != PictureChecks.BadPicture || !finding.IsError || !filesByField.TryGetValue(finding.Field, out var file)) return finding;
            if (!files.Contains(file)) files.Add(file);
            if (CaseFiles.TryResolve(loaded.Folder, file, out var full, out _)) fullPaths.Add(full);
            return finding with { Severity = Severity.Warning, Fix = finding.Fix + " Until then a placeholder is printed in its place." };
        }).ToList();
        return new SkippedPictures(kept, files, fullPaths);
    }

    /// <summary>The resolver with every skipped file resolving to nothing, which the picture source treats as missing.</summary>
    public Func<string, string?> Hide(Func<string, string?> resolve) =>
        _fullPaths.Count == 0 ? resolve : source => resolve(source) is { } full && !_fullPaths.Contains(full) ? full : null;

    /// <summary>True for a layout problem about a skipped file, already reported against its line in case.yaml.</summary>
    public bool Explains(string problem) => Files.Any(file => problem.Contains($"'{file}'", StringComparison.Ordinal));
}
