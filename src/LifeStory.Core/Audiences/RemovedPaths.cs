namespace LifeStory.Audiences;

/// <summary>Field paths of case.yaml ("people[3]", "homes[1].address") whose values a reader's version leaves out.</summary>
public sealed class RemovedPaths(IEnumerable<string> paths)
{
    private readonly HashSet<string> _paths = paths.ToHashSet(StringComparer.Ordinal);

    public static RemovedPaths None { get; } = new([]);

    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>True when the field or any item or record it sits inside was taken out.</summary>
    public bool Covers(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (_paths.Contains(current)) return true;
            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0) return false;
            current = current[..cut];
        }
        return false;
    }
}
