namespace LifeStory.Cases.Model;

/// <summary>
/// One page of a Words and Pictures explanation: a few plain sentences and a simple picture, drawn by the
/// child or the worker, so a child can understand why grown-ups made the decisions they made.
/// </summary>
public sealed record WordsAndPicturesPage(
    [Describe("who_is_worried, what_they_were_worried_about, what_happened_then or what_the_grown_ups_are_doing.")] WordsAndPicturesPart Part,
    [Describe("The words for this page, in Markdown. A few short, honest sentences.")] string Words,
    [Describe("The id of a drawing in drawings that goes with these words.")] string? Drawing = null,
    [Describe("Readers who must never see this page: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
