using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// SHA-256 of picture files, remembered in an index by (path, length, last-write time) so a regeneration does
/// not read every 3 MB photo again just to find its prepared copies. A file that changed in size or time is
/// hashed afresh; an unreadable index is treated as empty.
/// </summary>
internal sealed class FileHashes(string indexPath)
{
    private readonly Lazy<ConcurrentDictionary<string, Entry>> _entries = new(() => Load(indexPath));
    private readonly Lock _saving = new();

    public string Of(string path)
    {
        var file = new FileInfo(path);
        var (length, ticks) = (file.Length, file.LastWriteTimeUtc.Ticks);
        var entries = _entries.Value;
        if (entries.TryGetValue(path, out var known) && known.Length == length && known.Ticks == ticks) return known.Hash;
        string hash;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        entries[path] = new Entry(length, ticks, hash);
        Save(entries);
        return hash;
    }

    private void Save(ConcurrentDictionary<string, Entry> entries)
    {
        // Rewritten whole after each new file: the index is a few lines per picture, and the lock keeps two
        // threads from writing it at the same moment.
        lock (_saving)
        {
            var text = new StringBuilder();
            // ConcurrentDictionary.ToArray takes a consistent snapshot; sorting the dictionary itself would copy
            // it through ICollection.CopyTo, which throws if another thread adds a file meanwhile.
            foreach (var (path, e) in entries.ToArray().OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append(CultureInfo.InvariantCulture, $"{e.Hash}\t{e.Length}\t{e.Ticks}\t{path}\n");
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            AtomicWrite.TryWrite(indexPath, s => s.Write(bytes));
        }
    }

    private static ConcurrentDictionary<string, Entry> Load(string indexPath)
    {
        var entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        string[] lines;
        try { lines = File.Exists(indexPath) ? File.ReadAllLines(indexPath) : []; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return entries; }
        foreach (var line in lines)
        {
            var parts = line.Split('\t', 4);
            if (parts.Length == 4 && parts[0].Length == 64
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                entries[parts[3]] = new Entry(length, ticks, parts[0]);
        }
        return entries;
    }

    private readonly record struct Entry(long Length, long Ticks, string Hash);
}
