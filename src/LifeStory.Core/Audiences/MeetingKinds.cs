namespace LifeStory.Audiences;

/// <summary>
/// What a meeting's items are called when a reader's version leaves them out. A review and a conference share their
/// parts but not their names, so a review letter's summary never counts a conference's danger statement as its worry.
/// </summary>
internal sealed record MeetingKinds(string Attendee, string ChildSaid, string Worry, string Step, string Score)
{
    public static MeetingKinds Review { get; } = new("name among who came", "child's words at the meeting", "worry", "decision", "score");

    public static MeetingKinds Conference { get; } = new("name among who came to the conference", "child's words at the conference",
        "danger statement", "step in the plan", "conference score");

    public IEnumerable<string> All => [Attendee, ChildSaid, Worry, Step, Score];
}
