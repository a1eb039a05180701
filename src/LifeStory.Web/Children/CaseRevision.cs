namespace LifeStory.Web.Children;

/// <summary>
/// One saved state of a child's case folder: which files it held (an encrypted list of paths and content
/// hashes), who saved it, when and why. Revisions are only ever added.
/// </summary>
public sealed class CaseRevision
{
    public long Id { get; set; }

    public Guid ChildId { get; set; }

    /// <summary>1 for the first revision of this child, then 2, 3…</summary>
    public int Number { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string AuthorId { get; set; } = "";

    /// <summary>What this save was, in plain words without anything about the child: "Imported a case folder".</summary>
    public string Note { get; set; } = "";

    public byte[] SealedManifest { get; set; } = [];
}
