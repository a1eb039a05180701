using LifeStory.Cases.Model;

namespace LifeStory.Reviews.Timescales;

/// <summary>
/// A child's reviews against the timescales: when each was due, whether it was on time, when its letter and record are
/// due, and when the next one is due. Each review's deadline counts from the day the one before it was actually held,
/// so a review brought forward restarts the clock from that day, as the rules say ("after the previous review").
/// </summary>
public sealed record ReviewSchedule(IReadOnlyList<HeldReview> Held, NextReview? Next)
{
    public static ReviewSchedule For(Case model, ReviewTimescales rules, WorkingDays days) =>
        For(model.Child.LookedAfterSince, model.Reviews, rules, days);

    public static ReviewSchedule For(DateOnly? lookedAfterSince, IReadOnlyList<Review> reviews, ReviewTimescales rules, WorkingDays days)
    {
        var ordered = reviews.Select((review, index) => (Review: review, Index: index)).OrderBy(r => r.Review.Date).ThenBy(r => r.Index).ToList();
        var firstDue = lookedAfterSince is { } start ? rules.FirstReview.DueFrom(start, days) : (DateOnly?)null;
        var held = new List<HeldReview>();
        foreach (var (review, index) in ordered)
        {
            var before = held.Count == 0 ? null : held[^1];
            var (number, due, rule) = before is null ? First(review.Date, firstDue, rules, days) : (before.Number + 1, before.NextDueBy, before.NextRule);
            var planned = before is null ? null : reviews[before.Index].NextReview;
            // The second review comes sooner after the first than later ones do after theirs.
            var nextRule = number == 1 ? rules.SecondReview : rules.LaterReviews;
            held.Add(new HeldReview(index, review.Date, number, due, rule, planned is { } p && review.Date < p,
                rules.Letter.DueFrom(review.Date, days), rules.Record.DueFrom(review.Date, days),
                nextRule.DueFrom(review.Date, days), nextRule));
        }

        NextReview? next = null;
        if (held.Count > 0)
        {
            var last = held[^1];
            next = new NextReview(last.Number + 1, last.NextDueBy, last.NextRule, reviews[last.Index].NextReview);
        }
        else if (firstDue is { } due) next = new NextReview(1, due, rules.FirstReview, null);
        return new ReviewSchedule(held, next);
    }

    /// <summary>
    /// The earliest review in the case is the child's first only when it was held before the second could have been
    /// due. A case often starts part-way through (a child in care for years, whose earlier reviews are on another
    /// system): its first review here is then a later one, whose own timing cannot be checked from the case.
    /// </summary>
    private static (int? Number, DateOnly? DueBy, TimescaleRule? Rule) First(DateOnly held, DateOnly? firstDue, ReviewTimescales rules, WorkingDays days)
    {
        if (firstDue is not { } due || held > rules.SecondReview.DueFrom(due, days)) return (null, null, null);
        return (1, due, rules.FirstReview);
    }
}
