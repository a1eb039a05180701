namespace LifeStory.Web.Reviews;

/// <summary>
/// The letter and record that follow a review. Written means the review is recorded in the case (the letter is made
/// from it); signing and sending are not recorded yet, so those columns say so until they are.
/// </summary>
/// <param name="ReviewDate">The day of the review: as recorded, or as planned when it is not recorded yet.</param>
public sealed record ReviewLetter(ChildReviews Child, DateOnly ReviewDate, bool Written, DateOnly LetterDue, int LetterDaysLeft, DateOnly RecordDue, int RecordDaysLeft);
