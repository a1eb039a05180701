namespace LifeStory.Cases.Model;

/// <summary>
/// A child protection conference: the meeting that decides whether a child needs a plan to keep them safe, and what
/// it is. It shares its parts with a review meeting (who came, what the child said, worries as danger statements with
/// safety goals, the scale, the plan's steps, the chair's signatures), so the same checks, redaction and wording serve
/// both; what is its own is the category of plan, the core group dates and the review conference.
/// </summary>
public sealed record Conference(
    [Describe("The day of the conference, as 2026-10-14.")] DateOnly Date,
    [Describe("initial (the first conference) or review (a later one that checks the plan).")] ConferenceKind Kind = ConferenceKind.Initial,
    [Describe("The category of the plan, if the conference decided the child needs one: neglect, physical_abuse, emotional_abuse or sexual_abuse. Leave it out when there is no plan.")] PlanCategory? Category = null,
    [Describe("Who came or sent their views: a list of { person: id, how: came | sent_views | by_phone }.")] IReadOnlyList<ReviewAttendee>? People = null,
    [Describe("Whether the child came to the conference.")] bool ChildCame = false,
    [Describe("What the child told us, in their own words: plain text, or { text: ..., hidden_from: [parents] }.")] PrivateText? ChildSaid = null,
    [Describe("How the child's views were heard if they did not come: \"Amy visited you at school\".")] string? ViewsGathered = null,
    [Describe("Things that are going well and help keep the child safe, one per line.")] IReadOnlyList<string>? GoingWell = null,
    [Describe("The danger statements: what people are worried could happen (what_could_happen), and the safety goal for each.")] IReadOnlyList<Worry>? Worries = null,
    [Describe("The question everyone scored from 0 to 10.")] string? ScaleQuestion = null,
    [Describe("What 0 means on the scale.")] string? ScaleZero = null,
    [Describe("What 10 means on the scale.")] string? ScaleTen = null,
    [Describe("Each person's score on the scale.")] IReadOnlyList<ScaleScore>? Scale = null,
    [Describe("The plan's steps: what must change or happen, who will do it, and by when.")] IReadOnlyList<Decision>? Plan = null,
    [Describe("The days the core group (the people who make the plan work) will meet, as 2026-11-04.")] IReadOnlyList<DateOnly>? CoreGroups = null,
    [Describe("The day of the next (review) conference.")] DateOnly? ReviewConference = null,
    [Describe("The id of the person who chaired the conference and signs its record.")] string? Chair = null,
    [Describe("The full minutes as the chair wrote them, in Markdown: printed only in the record version.")] string? Minutes = null,
    [Describe("The chair's signatures, oldest first: the first makes the record final; each later one is a correction that says what changed.")] IReadOnlyList<ReviewSignature>? Signed = null)
{
    public IReadOnlyList<ReviewAttendee> People { get; init; } = People ?? [];
    public IReadOnlyList<string> GoingWell { get; init; } = GoingWell ?? [];
    public IReadOnlyList<Worry> Worries { get; init; } = Worries ?? [];
    public IReadOnlyList<ScaleScore> Scale { get; init; } = Scale ?? [];
    public IReadOnlyList<Decision> Plan { get; init; } = Plan ?? [];
    public IReadOnlyList<DateOnly> CoreGroups { get; init; } = CoreGroups ?? [];
    public IReadOnlyList<ReviewSignature> Signed { get; init; } = Signed ?? [];

    /// <summary>Signed records are read-only: a change is a correction, signed again.</summary>
    public bool IsSigned => Signed.Count > 0;

    /// <summary>
    /// The parts a conference shares with a review meeting, as a review, so the review's wording (who came, "Jo and I
    /// are worried", the numbered steps, the scale, corrections) and redaction serve both without a second copy.
    /// </summary>
    public Review AsMeeting() => new(Date, People, ChildCame, ChildSaid, ViewsGathered, GoingWell, Worries, Plan,
        ScaleQuestion, ScaleZero, ScaleTen, Scale, ReviewConference, Chair, Signed);

    /// <summary>The conference again with a meeting's parts (as redaction left them) in place of its own.</summary>
    public Conference WithMeeting(Review meeting) => this with
    {
        People = meeting.People, ChildSaid = meeting.ChildSaid, Worries = meeting.Worries, Plan = meeting.Decisions,
        Scale = meeting.Scale, Chair = meeting.Iro, Signed = meeting.Signed,
    };
}
