using LifeStory.Reviews.Timescales;

namespace LifeStory.Web.Reviews;

/// <summary>A review overdue or due this week: the planned day if there is one, the last day the rule allows, and working days left to it.</summary>
public sealed record DueReview(ChildReviews Child, int? Number, DateOnly? Planned, DateOnly DueBy, int WorkingDaysLeft, TimescaleRule Rule)
{
    public bool Overdue => WorkingDaysLeft < 0;

    /// <summary>The day to expect it: the planned day, unless that is later than the rules allow.</summary>
    public DateOnly Expected => Planned is { } planned && planned < DueBy ? planned : DueBy;
}
