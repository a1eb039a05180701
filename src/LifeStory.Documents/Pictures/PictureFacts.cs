using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace LifeStory.Documents.Pictures;

/// <summary>
/// What we have learnt about each picture file that costs reading or decoding it to learn again: its hash (the key
/// of its prepared copies), the check's verdict and a drawing's paper margins. Kept beside the prepared pictures in the case's own cache, one JSON line per fact,
/// and trusted while the file keeps its length and last-write time, so
/// making a book again after a text edit decodes no picture at all. An unreadable store counts as empty.
/// </summary>
public sealed class PictureFacts
{
    private static readonly ConcurrentDictionary<string, PictureFacts> Stores = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly Lazy<ConcurrentDictionary<string, Fact>> _facts;
    private readonly Lock _saving = new();

    private PictureFacts(string folder)
    {
        Folder = folder;
        _path = Path.Combine(folder, "facts.jsonl");
        _facts = new(Load);
    }

    private string Folder { get; }

    /// <summary>Drops the stores of cache folders under <paramref name="prefix"/> (a folder path ending in a separator).</summary>
    internal static void ForgetUnder(string prefix)
    {
        foreach (var folder in Stores.Keys.Where(k => (k + Path.DirectorySeparatorChar).StartsWith(prefix, StringComparison.Ordinal)))
            Stores.TryRemove(folder, out _);
    }

    /// <summary>The store for a cache folder, shared by everything in this process that uses that folder.</summary>
    public static PictureFacts In(string cacheFolder) => Stores.GetOrAdd(Path.GetFullPath(cacheFolder), folder => new PictureFacts(folder));

    /// <summary>The fact of this kind about the file as it is now, or null when unknown or the file has changed.</summary>
    public string? Get(string kind, string fullPath)
    {
        var file = new FileInfo(fullPath);
        if (!file.Exists) return null;
        return _facts.Value.TryGetValue(Key(kind, fullPath), out var fact) && fact.Length == file.Length && fact.Ticks == file.LastWriteTimeUtc.Ticks
            ? fact.Value : null;
    }

    public void Put(string kind, string fullPath, string value)
    {
        var file = new FileInfo(fullPath);
        if (!file.Exists) return;
        var facts = _facts.Value;
        // Stored relative to the cache, so a case folder copied or moved elsewhere carries no trace of where it was.
        var fact = new Fact(kind, Path.GetRelativePath(Folder, fullPath).Replace('\\', '/'), file.Length, file.LastWriteTimeUtc.Ticks, value);
        if (facts.TryGetValue(Key(kind, fullPath), out var known) && known == fact) return;
        facts[Key(kind, fullPath)] = fact;
        lock (_saving)
        {
            var text = new StringBuilder();
            foreach (var (_, f) in facts.ToArray().OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append(JsonSerializer.Serialize(f, FactJson.Default.Fact)).Append('\n');
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            // The folder is made inside the write, whose failures are dropped: a read-only case folder still makes its book.
            AtomicWrite.TryWrite(_path, s => s.Write(bytes));
        }
    }

    private ConcurrentDictionary<string, Fact> Load()
    {
        var facts = new ConcurrentDictionary<string, Fact>(StringComparer.Ordinal);
        string[] lines;
        try { lines = File.Exists(_path) ? File.ReadAllLines(_path) : []; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return facts; }
        foreach (var line in lines)
        {
            try
            {
                if (JsonSerializer.Deserialize(line, FactJson.Default.Fact) is { Kind: not null, Path: not null, Value: not null } fact)
                    facts[Key(fact.Kind, Path.GetFullPath(Path.Combine(Folder, fact.Path)))] = fact;
            }
            catch (JsonException)
            {
                // A torn line is a fact to learn again, not an error.
            }
        }
        return facts;
    }

    private static string Key(string kind, string path) => kind + "|" + path;

    internal sealed record Fact(string Kind, string Path, long Length, long Ticks, string Value);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(PictureFacts.Fact))]
internal sealed partial class FactJson : System.Text.Json.Serialization.JsonSerializerContext;
