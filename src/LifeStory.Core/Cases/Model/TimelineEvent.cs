namespace LifeStory.Cases.Model;

/// <summary>Something that happened in the child's life, for the timeline and the milestones pages.</summary>
public sealed record TimelineEvent(
    [Describe("When it happened, as 2019, 2019-03 or 2019-03-04 (add \"about \" if nobody is sure).")] PartialDate Date,
    [Describe("A short title: \"Your first steps\".")] string Title,
    [Describe("A few sentences about what happened.")] string? Words = null,
    [Describe("Ids of photos of this moment.")] IReadOnlyList<string>? Photos = null,
    [Describe("Readers who must never see this event: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<string> Photos { get; init; } = Photos ?? [];
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
