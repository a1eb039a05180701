namespace LifeStory.Cases.Model;

/// <summary>Something the child said or wrote, kept in their own words.</summary>
public sealed record ChildWords(
    [Describe("Exactly what the child said or wrote.")] string Words,
    [Describe("When they said it.")] PartialDate? Date = null,
    [Describe("What they were talking about, if it helps: \"about my new school\".")] string? About = null,
    [Describe("An English translation, if the child's words are in another language.")] string? Translation = null);
