namespace LifeStory.Cases.Model;

/// <summary>How someone took part in a review meeting.</summary>
public enum Attendance
{
    [Describe("Came to the meeting, in person or by video.")] Came,
    [Describe("Did not come but sent their views.")] SentViews,
    [Describe("Did not come but told the IRO their views by phone.")] ByPhone,
}
