namespace LifeStory.Cases.Model;

/// <summary>Something the meeting decided will happen.</summary>
public sealed record Decision(
    [Describe("What will happen, in plain words.")] string What,
    [Describe("The id of the person who will do it (or child).")] string Who,
    [Describe("By when, as 2025-03 or 2025-03-31.")] PartialDate? By = null,
    [Describe("Readers who must never see this decision: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
