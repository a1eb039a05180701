namespace LifeStory.Web.Audit;

/// <summary>What walking the audit chain and comparing its end with the checkpoint found.</summary>
/// <param name="FirstBrokenRow">The first row that is changed or missing; null when intact.</param>
/// <param name="Explanation">In plain words, for the administrator and the IT team.</param>
public sealed record AuditCheck(long? FirstBrokenRow, string Explanation)
{
    public bool Intact => FirstBrokenRow is null;

    public static AuditCheck Complete { get; } = new(null, "The audit log is complete: no entry has been changed or removed.");
}
