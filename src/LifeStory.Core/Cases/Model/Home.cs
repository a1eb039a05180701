namespace LifeStory.Cases.Model;

/// <summary>A place the child has lived.</summary>
public sealed record Home(
    [Describe("A short id for this home, such as jo-and-sam.")] string Id,
    [Describe("What the child calls this home: \"Jo and Sam's house\".")] string Name,
    [Describe("birth_family, foster, adoptive, childrens_home, special_guardianship or other.")] HomeKind Kind,
    [Describe("When the child moved in, as 2019, 2019-03 or 2019-03-04 (add \"about \" if nobody is sure).")] PartialDate From,
    [Describe("When the child moved out. Leave out if the child still lives here.")] PartialDate? To = null,
    [Describe("Ids of the people who lived there with the child.")] IReadOnlyList<string>? People = null,
    [Describe("The town or area, in words the child knows.")] string? Town = null,
    [Describe("The street address. Hidden from birth parents unless you say otherwise.")] PrivateText? Address = null,
    [Describe("A few words about life in this home.")] string? About = null,
    [Describe("The id of a photo of this home.")] string? Photo = null,
    [Describe("Readers who must never see this home at all: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<string> People { get; init; } = People ?? [];
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
