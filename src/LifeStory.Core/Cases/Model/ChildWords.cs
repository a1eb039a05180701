namespace LifeStory.Cases.Model;

/// <summary>Something the child said or wrote, kept in their own words.</summary>
public sealed record ChildWords(
    [Describe("Exactly what the child said or wrote.")] string Words,
    [Describe("When they said it.")] PartialDate? Date = null,
    [Describe("What they were talking about, if it helps: \"about my new school\".")] string? About = null,
    [Describe("An English translation, if the child's words are in another language.")] string? Translation = null,
    [Describe("Readers these words are kept from: they are never reworded, but they can be withheld.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
