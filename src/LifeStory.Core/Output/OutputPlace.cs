using LifeStory.Cases.Loading;

namespace LifeStory.Output;

/// <summary>
/// Where output may go. `--output case.yaml` would replace the child's case with a PDF, and an output over a
/// photo, drawing or template would destroy an input: inside a case folder only its output/ folder is written,
/// and no path the run reads is ever written.
/// </summary>
public static class OutputPlace
{
    private static StringComparison PathComparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Throws <see cref="OutputRefusedException"/> when <paramref name="output"/> may not be written.</summary>
    public static void Check(string output, string? caseFolder, IEnumerable<string> inputFiles, IEnumerable<string> inputFolders)
    {
        if (output.Contains('\0', StringComparison.Ordinal))
            throw new OutputRefusedException("The output name has a NUL character in it; choose a plain file name.");
        var target = Real(Path.GetFullPath(output));
        var name = Path.GetFileName(output);
        foreach (var input in inputFiles)
        {
            if (string.Equals(target, Real(Path.GetFullPath(input)), PathComparison))
                throw new OutputRefusedException($"--output '{name}' is a file this run reads; choose another name so it is not overwritten.");
        }
        foreach (var folder in inputFolders)
        {
            if (IsInside(Real(Path.GetFullPath(folder)), target))
                throw new OutputRefusedException($"--output '{name}' is inside the templates folder '{folder}'; write it somewhere else.");
        }
        if (caseFolder is null) return;
        var root = Real(Path.TrimEndingDirectorySeparator(Path.GetFullPath(caseFolder)));
        if (IsInside(root, target) && !IsInside(Path.Combine(root, "output"), target))
            throw new OutputRefusedException(
                $"--output '{name}' is inside the case folder, where the case's own files are; write it in '{Path.Combine(caseFolder, "output")}' or outside the case folder.");
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The path with the links along it followed, so a link cannot smuggle an output into the case.</summary>
    private static string Real(string fullPath) => CaseFiles.RealPathOf(fullPath);
}
