namespace LifeStory.Cases.Model;

/// <summary>
/// Part of the story written by the social worker in Markdown, such as why the child lives with their
/// foster family. It is printed as written: bold, lists and headings work; HTML and template code do not.
/// </summary>
public sealed record StorySection(
    [Describe("A short id for this part of the story, such as why-i-live-here.")] string Id,
    [Describe("The heading the child sees: \"Why I live with Jo and Sam\".")] string Title,
    [Describe("The words, in Markdown. Write gently and honestly, as if reading aloud to the child.")] string Markdown,
    [Describe("Readers who must never see this part: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null,
    [Describe("Where it goes in the book: why_i_could_not_stay, family_time, my_future or my_story.")] StoryPlace Place = StoryPlace.MyStory)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
