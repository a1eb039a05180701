namespace LifeStory.Web.Storage;

/// <summary>
/// A case folder held in memory: case.yaml, photos, drawings and any templates of its own, in ordinal path order
/// so the same folder always gives the same zip and the same manifest.
/// </summary>
public sealed record CaseFolderContents
{
    public CaseFolderContents(IEnumerable<CaseFile> files) =>
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    public IReadOnlyList<CaseFile> Files { get; }

    public CaseFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);

    public CaseFolderContents With(CaseFile replacement) =>
        new(Files.Where(f => f.Path != replacement.Path).Append(replacement));
}
