using LifeStory.Checking;

namespace LifeStory.Cases.Loading;

/// <summary>
/// Where each value of a loaded case was written in case.yaml, by field path ("people[2].group"), so a
/// check that runs long after loading can still point the social worker at the right line.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    /// <summary>Every recorded path; useful for tests and tools.</summary>
    public IReadOnlyCollection<string> Paths => _locations.Keys;

    /// <summary>
    /// The location of a field, or of its nearest written parent when the field itself was left out
    /// (a missing <c>homes[1].to</c> points at <c>homes[1]</c>); null only when nothing at all is known.
    /// </summary>
    public SourceLocation? Find(string fieldPath)
    {
        var path = fieldPath;
        while (true)
        {
            if (_locations.TryGetValue(path, out var location)) return location;
            if (path.Length == 0) return null;
            path = Parent(path);
        }
    }

    internal void Add(string fieldPath, SourceLocation location) => _locations.TryAdd(fieldPath, location);

    /// <summary>"people[2].group" → "people[2]" → "people" → "".</summary>
    internal static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }
}
