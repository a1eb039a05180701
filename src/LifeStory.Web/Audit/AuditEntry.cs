namespace LifeStory.Web.Audit;

/// <summary>
/// One thing that happened: who, when, to which child, what. Rows are only ever added; each carries the hash of
/// the row before it, so changing or removing a row breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The account's user name, or what was typed at a failed sign-in.</summary>
    public string Actor { get; set; } = "";

    public Guid? ChildId { get; set; }

    public string Action { get; set; } = "";

    /// <summary>What exactly, without anything about the child: "revision 3", "book for carers, PDF".</summary>
    public string Detail { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
