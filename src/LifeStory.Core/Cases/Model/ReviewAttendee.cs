namespace LifeStory.Cases.Model;

/// <summary>Someone who came to a review meeting or sent their views.</summary>
public sealed record ReviewAttendee(
    [Describe("The id of the person.")] string Person,
    [Describe("came, sent_views or by_phone.")] Attendance How = Attendance.Came);
