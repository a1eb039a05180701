namespace LifeStory.Web.Children;

/// <summary>
/// A child known to the council. Everything about the child is in the revisions, encrypted; this row holds only
/// an opaque id, the team, and the child's name encrypted for lists. Never deleted: archived instead.
/// </summary>
public sealed class ChildRecord
{
    public Guid Id { get; set; }

    public Guid TeamId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ArchivedUtc { get; set; }

    /// <summary>The name the child is known by, encrypted with the case data key.</summary>
    public byte[] SealedName { get; set; } = [];
}
