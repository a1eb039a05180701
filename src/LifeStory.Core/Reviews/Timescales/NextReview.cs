namespace LifeStory.Reviews.Timescales;

/// <summary>
/// The review that comes next: the last day the rules allow, and the date the case has planned for it, if any.
/// </summary>
/// <param name="Number">Which review it will be for the child, when the case holds them all.</param>
/// <param name="Planned">The latest review's next_review: what the IRO and the family agreed.</param>
public sealed record NextReview(int? Number, DateOnly DueBy, TimescaleRule Rule, DateOnly? Planned)
{
    /// <summary>The day to expect it: the planned date, unless that is later than the rules allow.</summary>
    public DateOnly Expected => Planned is { } planned && planned < DueBy ? planned : DueBy;

    /// <summary>Whether the planned date is later than the rules allow.</summary>
    public bool PlannedTooLate => Planned is { } planned && planned > DueBy;
}
