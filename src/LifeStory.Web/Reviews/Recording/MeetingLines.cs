namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// A meeting's own lines of YAML around the parts every meeting shares: Head right after its date (a conference's
/// kind and category), Tail after its steps (the core group dates), in the order the full record reads them.
/// </summary>
public sealed record MeetingLines(string Head, string Tail)
{
    public static MeetingLines None { get; } = new("", "");
}
