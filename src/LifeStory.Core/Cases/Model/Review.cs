namespace LifeStory.Cases.Model;

/// <summary>A review meeting for a child in care, from which the IRO writes a letter to the child.</summary>
public sealed record Review(
    [Describe("The day of the meeting, as 2025-01-20.")] DateOnly Date,
    [Describe("Who came or sent their views: a list of { person: id, how: came | sent_views | by_phone }.")] IReadOnlyList<ReviewAttendee>? People = null,
    [Describe("Whether the child came to the meeting.")] bool ChildCame = false,
    [Describe("What the child told us, in their own words: plain text, or { text: ..., hidden_from: [parents] } to withhold it from a reader.")] PrivateText? ChildSaid = null,
    [Describe("How the child's views were gathered if they did not come: \"I visited you at school\".")] string? ViewsGathered = null,
    [Describe("Things that are going well, one per line.")] IReadOnlyList<string>? GoingWell = null,
    [Describe("What people are worried about.")] IReadOnlyList<Worry>? Worries = null,
    [Describe("What was decided: what will happen, who will do it, and by when.")] IReadOnlyList<Decision>? Decisions = null,
    [Describe("The question everyone scored from 0 to 10.")] string? ScaleQuestion = null,
    [Describe("What 0 means on the scale.")] string? ScaleZero = null,
    [Describe("What 10 means on the scale.")] string? ScaleTen = null,
    [Describe("Each person's score on the scale.")] IReadOnlyList<ScaleScore>? Scale = null,
    [Describe("The day of the next review.")] DateOnly? NextReview = null,
    [Describe("The id of the IRO who chaired the meeting and signs the letter.")] string? Iro = null,
    [Describe("The IRO's signatures, oldest first: the first makes the record final; each later one is a correction that says what changed.")] IReadOnlyList<ReviewSignature>? Signed = null)
{
    public IReadOnlyList<ReviewAttendee> People { get; init; } = People ?? [];
    public IReadOnlyList<string> GoingWell { get; init; } = GoingWell ?? [];
    public IReadOnlyList<Worry> Worries { get; init; } = Worries ?? [];
    public IReadOnlyList<Decision> Decisions { get; init; } = Decisions ?? [];
    public IReadOnlyList<ScaleScore> Scale { get; init; } = Scale ?? [];
    public IReadOnlyList<ReviewSignature> Signed { get; init; } = Signed ?? [];

    /// <summary>Signed records are read-only: a change is a correction, signed again.</summary>
    public bool IsSigned => Signed.Count > 0;
}
