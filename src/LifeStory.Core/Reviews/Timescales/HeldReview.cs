namespace LifeStory.Reviews.Timescales;

/// <summary>
/// A review the case records, with the deadlines that follow from it.
/// </summary>
/// <param name="Index">Its place in the case's reviews list, so findings point at its line.</param>
/// <param name="Number">1 for the child's first review, 2 for the second…; null when earlier reviews are not in the case.</param>
/// <param name="DueBy">The last day it was on time; null when the review before it is not in the case.</param>
/// <param name="Rule">The rule <paramref name="DueBy"/> comes from.</param>
/// <param name="BroughtForward">Held before the date the review before it planned: the clock restarts from the day it was held.</param>
/// <param name="LetterDue">The last day for the written decisions (the child's letter).</param>
/// <param name="RecordDue">The last day for the full record.</param>
/// <param name="NextDueBy">The last day the review after this one is on time.</param>
/// <param name="NextRule">The rule <paramref name="NextDueBy"/> comes from.</param>
public sealed record HeldReview(
    int Index,
    DateOnly Date,
    int? Number,
    DateOnly? DueBy,
    TimescaleRule? Rule,
    bool BroughtForward,
    DateOnly LetterDue,
    DateOnly RecordDue,
    DateOnly NextDueBy,
    TimescaleRule NextRule)
{
    public bool Late => DueBy is { } due && Date > due;
}
