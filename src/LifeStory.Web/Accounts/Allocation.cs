namespace LifeStory.Web.Accounts;

/// <summary>A child allocated to a social worker or an IRO: what lets them see that child's record.</summary>
public sealed class Allocation
{
    public long Id { get; set; }

    public string AccountId { get; set; } = "";

    public Guid ChildId { get; set; }
}
