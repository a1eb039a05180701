using System.Globalization;

namespace LifeStory.Documents.Files;

/// <summary>
/// The one way LifeStory reads a file named by a user or a case folder: only ordinary files, found without
/// opening them, and never more than a stated number of bytes. A pipe (a FIFO named as a photo) would make
/// a run wait for ever, a device such as /dev/zero would never end, and a folder cannot be read at all.
/// </summary>
public static class RegularFile
{
    /// <summary>What the file at <paramref name="path"/> is, links followed.</summary>
    public static FileKind KindOf(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal)) return FileKind.Missing;
        if (OperatingSystem.IsLinux() && Statx.Kind(path) is { } kind) return kind;
        if (Directory.Exists(path)) return FileKind.Folder;
        if (!File.Exists(path)) return FileKind.Missing;
        return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileKind.Special : FileKind.Regular;
    }

    /// <summary>True when <paramref name="path"/> is an ordinary file that can be read.</summary>
    public static bool Exists(string path) => KindOf(path) == FileKind.Regular;

    /// <summary>
    /// A plain-words reason <paramref name="path"/> cannot be read as a file (naming it as <paramref name="name"/>),
    /// or null when it is an ordinary file.
    /// </summary>
    public static string? Problem(string path, string name) => KindOf(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => $"'{name}' does not exist.",
        FileKind.Folder => $"'{name}' is a folder, not a file.",
        _ => $"'{name}' is not an ordinary file (it is a pipe, a device or a socket), so it cannot be read.",
    };

    /// <summary>
    /// The bytes of the ordinary file at <paramref name="path"/>, at most <paramref name="maxBytes"/> of them;
    /// false with a plain-words <paramref name="problem"/> when it is not an ordinary file or is larger.
    /// </summary>
    public static bool TryRead(string path, string name, long maxBytes, out byte[] bytes, out string? problem)
    {
        bytes = [];
        problem = Problem(path, name);
        if (problem is not null) return false;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14);
            // The length is read again while reading: a file that grows after it was measured is still cut off at the limit.
            using var memory = new MemoryStream();
            var chunk = new byte[1 << 14];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (memory.Length + read > maxBytes)
                {
                    problem = string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' is larger than the limit of {Size(maxBytes)}.");
                    return false;
                }
                memory.Write(chunk, 0, read);
            }
            bytes = memory.ToArray();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"'{name}' could not be opened: {e.Message}";
            return false;
        }
    }

    /// <summary>A byte count as people say it: "2 MB", "512 KB".</summary>
    public static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 10):0.#} KB");
}
