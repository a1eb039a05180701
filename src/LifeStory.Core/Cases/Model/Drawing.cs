namespace LifeStory.Cases.Model;

/// <summary>A drawing or painting the child made, scanned or photographed.</summary>
public sealed record Drawing(
    [Describe("A short id for this drawing.")] string Id,
    [Describe("The file, relative to the case folder: drawings/my-house.png.")] string File,
    [Describe("What the child called the drawing.")] string Title,
    [Describe("When the child drew it.")] PartialDate? Date = null,
    [Describe("What the child said about it.")] string? Words = null,
    [Describe("Readers who must never see this drawing: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
