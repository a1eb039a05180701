namespace LifeStory.Web.Reviews;

/// <summary>
/// An IRO's week: reviews overdue or due by Sunday, and the letters and records still inside their timescales or not
/// yet written. Worked out from the children's schedules and "today" alone, so a test sets the day and checks the counts.
/// </summary>
/// <param name="Later">Every other child's next review, soonest first, so the weeks ahead can be planned.</param>
public sealed record ReviewDashboard(DateOnly Today, IReadOnlyList<DueReview> Due, IReadOnlyList<ReviewLetter> Letters, IReadOnlyList<DueReview> Later)
{
    public int OverdueCount => Due.Count(d => d.Overdue);

    public int DueThisWeekCount => Due.Count(d => !d.Overdue);

    public int LettersNotWrittenCount => Letters.Count(l => !l.Written);

    public static ReviewDashboard Build(IReadOnlyList<ChildReviews> children, DateOnly today, ReviewRules rules)
    {
        var days = rules.Days;
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var due = new List<DueReview>();
        var letters = new List<ReviewLetter>();
        var later = new List<DueReview>();
        foreach (var child in children)
        {
            if (child.Schedule.Next is { } next)
            {
                var review = new DueReview(child, next.Number, next.Planned, next.DueBy, days.Left(today, next.DueBy), next.Rule);
                (next.DueBy < today || next.Expected <= sunday ? due : later).Add(review);
            }

            // Recorded reviews whose full record is still within its timescale: the letters being written and sent now.
            foreach (var held in child.Schedule.Held.Where(h => h.RecordDue >= today))
            {
                var signed = child.Model.Reviews.FirstOrDefault(r => r.Date == held.Date) is { } review ? SignOff.SignatureWords.Short(child.Model, review) : null;
                letters.Add(new ReviewLetter(child, held.Date, true, held.LetterDue, days.Left(today, held.LetterDue), held.RecordDue, days.Left(today, held.RecordDue), signed));
            }

            // A review planned for today or earlier (by the latest recorded review), and nothing recorded since: its letter
            // is not written yet.
            if (child.Schedule.Next?.Planned is { } planned && planned <= today && planned > child.Schedule.Held[^1].Date)
            {
                var (letterDue, recordDue) = (rules.Timescales.Letter.DueFrom(planned, days), rules.Timescales.Record.DueFrom(planned, days));
                letters.Add(new ReviewLetter(child, planned, false, letterDue, days.Left(today, letterDue), recordDue, days.Left(today, recordDue)));
            }
        }
        return new ReviewDashboard(today,
            due.OrderBy(d => d.WorkingDaysLeft).ThenBy(d => d.Child.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            letters.OrderBy(l => l.Written).ThenBy(l => l.LetterDaysLeft).ThenBy(l => l.Child.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            later.OrderBy(d => d.Expected).ThenBy(d => d.Child.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }
}
