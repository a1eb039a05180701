namespace LifeStory.Cases.Model;

/// <summary>
/// A young person's plan for their future from 16, written with them and in their words first: their goals for
/// education, work, home, health, money and relationships, what they need, who will help and by when, their personal
/// adviser, Staying Put and the council's local offer.
/// </summary>
public sealed record PathwayPlan(
    [Describe("The day the plan was written (or last reviewed) with the young person, as 2026-11-18.")] DateOnly Written,
    [Describe("About me, in the young person's own words: who they are and what they want.")] string? AboutMe = null,
    [Describe("The young person's goals, one for each part of life that matters to them now.")] IReadOnlyList<PathwayGoal>? Goals = null,
    [Describe("The id of the young person's personal adviser, from the people list.")] string? PersonalAdviser = null,
    [Describe("What has been agreed about Staying Put (living on with the foster carers after 18), in plain words.")] string? StayingPut = null,
    [Describe("What the council's local offer for care leavers means for this young person, in plain words.")] string? LocalOffer = null,
    [Describe("The day the plan will be looked at again, as 2027-05-18.")] DateOnly? NextReview = null,
    [Describe("Signatures, oldest first: the young person (by: child) and their personal adviser or social worker. A later one with changed: is a correction.")] IReadOnlyList<ReviewSignature>? Signed = null)
{
    public IReadOnlyList<PathwayGoal> Goals { get; init; } = Goals ?? [];
    public IReadOnlyList<ReviewSignature> Signed { get; init; } = Signed ?? [];

    /// <summary>A plan is the young person's own: it is final only once they have signed it, and someone for the council has too.</summary>
    public bool IsSigned => Signed.Any(s => s.By == "child") && Signed.Any(s => s.By != "child");
}
