using System.Text.Json;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Children;

/// <summary>
/// Saves and reads the revisions of a child's case. A save stores each file once by its content address and adds
/// a revision whose encrypted manifest lists them; nothing already saved is changed.
/// </summary>
public sealed class RevisionStore(LifeStoryDb db, FileStore files, Sealer sealer, TimeProvider clock)
{
    private const string ManifestPurpose = "manifest";
    private const string NamePurpose = "name";

    public async Task<CaseRevision> AddAsync(ChildRecord child, CaseFolderContents contents, string preferredName, string authorId, string note, CancellationToken cancel)
    {
        var manifest = new List<ManifestEntry>();
        foreach (var file in contents.Files)
            manifest.Add(new ManifestEntry(file.Path, await files.PutAsync(file.Content, cancel), file.Content.Length));
        var number = await db.Revisions.Where(r => r.ChildId == child.Id).Select(r => (int?)r.Number).MaxAsync(cancel) ?? 0;
        var revision = new CaseRevision
        {
            ChildId = child.Id,
            Number = number + 1,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            AuthorId = authorId,
            Note = note,
            SealedManifest = sealer.Seal(JsonSerializer.SerializeToUtf8Bytes(manifest), ManifestPurpose),
        };
        child.SealedName = sealer.SealText(preferredName, NamePurpose);
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(cancel);
        return revision;
    }

    public Task<CaseRevision?> LatestAsync(Guid childId, CancellationToken cancel) =>
        db.Revisions.AsNoTracking().Where(r => r.ChildId == childId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancel);

    public Task<CaseRevision?> FindAsync(Guid childId, int number, CancellationToken cancel) =>
        db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ChildId == childId && r.Number == number, cancel);

    public Task<List<CaseRevision>> AllAsync(Guid childId, CancellationToken cancel) =>
        db.Revisions.AsNoTracking().Where(r => r.ChildId == childId).OrderByDescending(r => r.Number).ToListAsync(cancel);

    public IReadOnlyList<ManifestEntry> ManifestOf(CaseRevision revision) =>
        JsonSerializer.Deserialize<List<ManifestEntry>>(sealer.Open(revision.SealedManifest, ManifestPurpose)) ?? [];

    public async Task<CaseFolderContents> ReadAsync(CaseRevision revision, CancellationToken cancel)
    {
        var result = new List<CaseFile>();
        foreach (var entry in ManifestOf(revision))
            result.Add(new CaseFile(entry.Path, await files.GetAsync(entry.Hash, cancel)));
        return new CaseFolderContents(result);
    }

    /// <summary>One file of a revision, without decrypting the others (its pictures).</summary>
    public async Task<byte[]?> ReadFileAsync(CaseRevision revision, string path, CancellationToken cancel) =>
        ManifestOf(revision).FirstOrDefault(e => e.Path == path) is { } entry ? await files.GetAsync(entry.Hash, cancel) : null;

    public string NameOf(ChildRecord child) => child.SealedName.Length == 0 ? "" : sealer.OpenText(child.SealedName, NamePurpose);
}
