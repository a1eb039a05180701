namespace LifeStory.Web.Reviews;

/// <summary>
/// The letter and record that follow a review. Written means the review is recorded in the case (the letter is made
/// from it); Signed says who signed its record and when, from the case; sending is not recorded yet.
/// </summary>
/// <param name="ReviewDate">The day of the review: as recorded, or as planned when it is not recorded yet.</param>
/// <param name="Signed">"Mark Bennett, 18 September 2026", or null while the record is not signed.</param>
public sealed record ReviewLetter(ChildReviews Child, DateOnly ReviewDate, bool Written, DateOnly LetterDue, int LetterDaysLeft, DateOnly RecordDue, int RecordDaysLeft,
    string? Signed = null);
