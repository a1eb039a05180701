namespace LifeStory.Web.Storage;

/// <summary>One line of a revision's manifest: a path in the case folder and the address of its content.</summary>
public sealed record ManifestEntry(string Path, string Hash, long Length);
