using System.IO.Compression;

namespace LifeStory.Web.Storage;

/// <summary>
/// A case folder as a zip, both ways. Reading is bounded (entries, sizes, compression ratio) and refuses any path
/// that would leave the folder; the prepared-picture cache and old outputs are left behind. Writing is
/// deterministic — files in path order, one fixed date — so the same revision always gives the same bytes.
/// </summary>
public static class CaseZip
{
    public const int MaxEntries = 2_000;
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const long MaxTotalBytes = 512L * 1024 * 1024;
    private static readonly DateTimeOffset FixedDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The case folder in the zip, or a plain-English reason it cannot be read.</summary>
    public static (CaseFolderContents? Contents, string? Problem) Read(Stream zip)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return (null, "This file is not a zip file. Zip the case folder (the folder holding case.yaml) and upload that.");
        }
        using (archive)
        {
            if (archive.Entries.Count > MaxEntries) return (null, $"The zip holds {archive.Entries.Count} files; a case folder has at most {MaxEntries}.");
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            var prefix = CommonPrefix(entries.Select(e => e.FullName.Replace('\\', '/')).ToList());
            var files = new List<CaseFile>();
            long total = 0;
            foreach (var entry in entries)
            {
                var path = entry.FullName.Replace('\\', '/')[prefix.Length..];
                if (Skipped(path)) continue;
                if (!IsSafe(path)) return (null, $"The zip holds a file whose path is not allowed ('{Printable(path)}'). Zip the case folder itself.");
                if (entry.Length > MaxFileBytes) return (null, $"'{Printable(path)}' is larger than {MaxFileBytes / 1024 / 1024} MB. Save a smaller copy.");
                total += entry.Length;
                if (total > MaxTotalBytes) return (null, $"The case folder is larger than {MaxTotalBytes / 1024 / 1024} MB unpacked.");
                try { files.Add(new CaseFile(path, ReadBounded(entry))); }
                catch (Exception e) when (e is InvalidDataException or IOException) { return (null, $"'{Printable(path)}' in the zip is damaged. Make the zip again."); }
            }
            if (!files.Any(f => f.Path == "case.yaml"))
                return (null, "The zip has no case.yaml. Zip the case folder (the folder holding case.yaml), not a folder above it.");
            return (new CaseFolderContents(files), null);
        }
    }

    public static byte[] Write(CaseFolderContents contents)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in contents.Files)
            {
                var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedDate;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Zips made by "compress this folder" put everything under the folder's name: that name is not part of the case.</summary>
    private static string CommonPrefix(IReadOnlyList<string> paths)
    {
        if (paths.Any(p => p == "case.yaml")) return "";
        var withCase = paths.Where(p => p.EndsWith("/case.yaml", StringComparison.Ordinal) && p.Count(c => c == '/') == 1).ToList();
        if (withCase.Count != 1) return "";
        var prefix = withCase[0][..(withCase[0].Length - "case.yaml".Length)];
        return paths.All(p => p.StartsWith(prefix, StringComparison.Ordinal)) ? prefix : "";
    }

    private static bool Skipped(string path) =>
        path.StartsWith("output/", StringComparison.Ordinal) || path.StartsWith(".lifestory-cache/", StringComparison.Ordinal)
        || path.StartsWith("__MACOSX/", StringComparison.Ordinal) || path.Split('/')[^1] is ".DS_Store" or "Thumbs.db";

    private static bool IsSafe(string path) =>
        path.Length is > 0 and <= 260 && !path.StartsWith('/') && !path.Contains(':')
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != ".." && !part.Any(char.IsControl));

    private static string Printable(string path) => new(path.Where(c => !char.IsControl(c)).Take(120).ToArray());

    private static byte[] ReadBounded(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            // The header's size can lie: a zip bomb is stopped by what actually comes out.
            if (copy.Length + read > MaxFileBytes) throw new InvalidDataException("larger than declared");
            copy.Write(chunk, 0, read);
        }
        return copy.ToArray();
    }
}
