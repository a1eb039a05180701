using System.Collections.Concurrent;

namespace LifeStory.Templating;

/// <summary>
/// What was made from council-editable files (catalogues, word lists, settings), kept for as long as every file it
/// came from is unchanged: every letter and every web preview would otherwise parse the same YAML again. Looked up
/// by the files' full paths and checked against their stamps on every use, so an edit is seen on the next run.
/// Safe to share between threads (two runs that miss at once both parse, and either result is right); bounded, so a
/// server that sees many case folders' own templates does not keep them all.
/// </summary>
/// <param name="capacity">How many sets of files to keep; when full, everything is dropped and parsed again as needed.</param>
internal sealed class ParsedFiles<T>(int capacity) where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many sets of files are kept now (for tests of the bound).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The value made from these files: kept, while each still has the stamp it had when it was parsed, else
    /// <paramref name="parse"/>d now. A null from parse (a file with a mistake, reported as a finding) is never kept,
    /// so the mistake is reported on every run until it is fixed. Exceptions from parse pass through, nothing kept.
    /// </summary>
    public T? Get(IReadOnlyList<string> files, Func<T?> parse)
    {
        // Stamped before parsing: an edit made while parsing gives a new stamp next time, so it is parsed again.
        var stamps = files.Select(FileStamp.Of).ToArray();
        var key = string.Join('\n', files);
        if (_entries.TryGetValue(key, out var known) && known.Stamps.AsSpan().SequenceEqual(stamps)) return known.Value;
        var value = parse();
        if (value is null) return null;
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = new Entry(stamps, value);
        return value;
    }

    public T? Get(string file, Func<T?> parse) => Get([file], parse);

    private sealed record Entry(FileStamp[] Stamps, T Value);
}
