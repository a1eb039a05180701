namespace LifeStory.Cases.Model;

/// <summary>A nursery, school or college the child has gone to.</summary>
public sealed record School(
    [Describe("A short id for this school.")] string Id,
    [Describe("The school's name.")] string Name,
    [Describe("When the child started, as 2022-09.")] PartialDate From,
    [Describe("When the child left. Leave out if the child still goes there.")] PartialDate? To = null,
    [Describe("A few words about the school: friends, favourite lessons.")] string? About = null,
    [Describe("Readers who must never see this school: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
