using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Reviews.Timescales;
using LifeStory.Templating;

namespace LifeStory.Checking;

/// <summary>
/// `check` warns when a review was held later than the council's timescales allow, or a review's next date is planned
/// later than they allow, naming the rule and where it comes from so the IRO can see why. Warnings, not errors: a late
/// review has already happened, and the letter to the child must still be written.
/// </summary>
public static class TimescaleChecks
{
    public const string LateReviewCode = "review-late";
    public const string NextReviewTooLateCode = "next-review-too-late";

    /// <param name="templatesFolder">The --templates folder, if any, whose settings/ may hold the council's own timescales and bank holidays.</param>
    public static IReadOnlyList<Finding> Check(LoadedCase loaded, string? templatesFolder)
    {
        var folders = TemplateFolders.For(loaded.Folder, templatesFolder);
        return Check(loaded, ReviewTimescales.From(folders), new WorkingDays(BankHolidays.From(folders)));
    }

    public static IReadOnlyList<Finding> Check(LoadedCase loaded, ReviewTimescales rules, WorkingDays days)
    {
        var context = new CheckContext(loaded, DateOnly.MinValue);
        var schedule = ReviewSchedule.For(loaded.Model, rules, days);
        foreach (var review in schedule.Held)
        {
            if (review.Late && review.DueBy is { } due && review.Rule is { } rule)
            {
                context.Warning(LateReviewCode, $"reviews[{review.Index}].date",
                    $"This review on {Iso(review.Date)} was due by {Iso(due)}: the rule is {rule.Describe()}.",
                    "Check the date. If the review really was late, say why in the record.");
            }
        }
        // Each planned next date against the rule from its own review: the one that matters is the latest, but an
        // earlier plan that was already too late is worth knowing about too.
        foreach (var review in schedule.Held)
        {
            if (loaded.Model.Reviews[review.Index].NextReview is { } planned && planned > review.NextDueBy)
            {
                context.Warning(NextReviewTooLateCode, $"reviews[{review.Index}].next_review",
                    $"The next review is planned for {Iso(planned)}, later than the rules allow ({Iso(review.NextDueBy)}): the rule is {review.NextRule.Describe()}.",
                    $"Plan the next review on or before {Iso(review.NextDueBy)}.");
            }
        }
        return context.Findings;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
