namespace LifeStory.Cases.Loading;

/// <summary>
/// Turns a file name written in case.yaml into a full path, refusing anything outside the case folder.
/// A case folder is shared between colleagues and councils; a path that reaches outside it could pull
/// another child's photo into this child's book, so absolute paths, "../" and outward links are refused.
/// </summary>
public static class CaseFiles
{
    private const int MaxLinkDepth = 32;

    private static StringComparison PathComparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Where prepared pictures and what we know about them are kept: inside the case folder, because a child's
    /// pictures must never be copied anywhere shared.
    /// </summary>
    public static string PictureCache(string caseFolder) => Path.Combine(caseFolder, ".lifestory-cache", "pictures");

    /// <summary>
    /// The picture cache when it can be written, else null: a case folder on a read-only share or a locked USB
    /// stick still makes its book, only without remembering its prepared pictures. Found once per folder and run.
    /// </summary>
    public static string? UsablePictureCache(string caseFolder) =>
        Writable.GetOrAdd(Path.GetFullPath(PictureCache(caseFolder)), static folder => CanWrite(folder) ? folder : null);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Writable = new(StringComparer.Ordinal);

    /// <summary>
    /// Forgets whether the picture caches in <paramref name="folder"/> and below could be written: a server that makes
    /// every document in a temporary folder says so when the folder is gone, or the answers would pile up for ever.
    /// </summary>
    public static void ForgetFolder(string folder)
    {
        var under = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var known in Writable.Keys)
            if (known.StartsWith(under, PathComparison)) Writable.TryRemove(known, out _);
    }

    /// <summary>Whether this process remembers if the case's picture cache can be written (what <see cref="ForgetFolder"/> forgets).</summary>
    internal static bool RemembersPictureCache(string caseFolder) => Writable.ContainsKey(Path.GetFullPath(PictureCache(caseFolder)));

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, LifeStory.Documents.Files.TemporaryFiles.NameFor("probe"));
        try
        {
            Directory.CreateDirectory(folder);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// True with the full path when <paramref name="relativePath"/> stays inside <paramref name="caseFolder"/>
    /// (the file need not exist); false with a plain-words <paramref name="problem"/> otherwise.
    /// </summary>
    public static bool TryResolve(string caseFolder, string relativePath, out string fullPath, out string? problem)
    {
        fullPath = "";
        problem = null;
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            problem = "No file name is given.";
            return false;
        }

        if (relativePath.Any(char.IsControl))
        {
            problem = $"'{Printable(relativePath)}' has a control character (such as NUL or a line break) in it, which no file name can have.";
            return false;
        }

        // Case folders are often written on Windows: accept its backslashes as folder separators.
        var path = relativePath.Trim().Replace('\\', '/');
        if (Path.IsPathRooted(path) || HasDriveLetter(path))
        {
            problem = $"'{relativePath}' is a full path on one computer. Write it from the case folder, such as photos/park.jpg.";
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(caseFolder));
        var candidate = Path.GetFullPath(Path.Combine(root, path));
        if (!IsInside(root, candidate))
        {
            problem = $"'{relativePath}' points outside the case folder.";
            return false;
        }

        try
        {
            if (!IsInside(RealPath(root, 0), RealPath(candidate, 0)))
            {
                problem = $"'{relativePath}' is a link to a file outside the case folder.";
                return false;
            }
        }
        catch (IOException)
        {
            problem = $"'{relativePath}' is a link that cannot be followed.";
            return false;
        }

        fullPath = candidate;
        return true;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static bool HasDriveLetter(string path) => path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':';

    private static bool IsInside(string root, string path) =>
        path.Equals(root, PathComparison) ||
        path.StartsWith(root + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The full path with every symbolic link along it followed, for the parts that exist; unchanged if a link loops.</summary>
    public static string RealPathOf(string fullPath)
    {
        try { return RealPath(fullPath, 0); }
        catch (IOException) { return fullPath; }
    }

    /// <summary>The path with every symbolic link along it followed, for the parts that exist.</summary>
    private static string RealPath(string fullPath, int depth)
    {
        if (depth > MaxLinkDepth) throw new IOException("Too many links.");
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null) next = RealPath(Path.GetFullPath(target.FullName), depth + 1);
            }
            current = next;
        }
        return current;
    }
}
