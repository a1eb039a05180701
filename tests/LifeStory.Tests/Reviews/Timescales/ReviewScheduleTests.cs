using LifeStory.Cases.Model;
using LifeStory.Reviews.Timescales;
using static LifeStory.Tests.Reviews.Timescales.Shipped;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>Worked examples: each expected date is counted by hand in the comment above it.</summary>
public sealed class ReviewScheduleTests
{
    private static ReviewSchedule For(string? lookedAfter, params Review[] reviews) =>
        ReviewSchedule.For(lookedAfter is null ? null : Day(lookedAfter), reviews, Rules, Days);

    private static Review Held(string date, string? next = null) => new(Day(date), NextReview: next is null ? null : Day(next));

    [Fact]
    public void Given_a_child_looked_after_on_the_Friday_before_a_bank_holiday_When_no_review_is_held_yet_Then_the_first_is_due_20_working_days_later()
    {
        var schedule = For("2026-08-28");

        // Friday 28 August 2026; Monday 31st is a bank holiday. Tue 1 Sep is day 1 … Monday 28 September is day 20.
        Assert.Empty(schedule.Held);
        Assert.Equal(new NextReview(1, Day("2026-09-28"), Rules.FirstReview, null), schedule.Next);
    }

    [Fact]
    public void Given_a_first_review_held_on_time_When_scheduled_Then_its_letter_and_record_deadlines_skip_the_weekend_and_the_second_is_due_3_months_later()
    {
        // Looked after Friday 28 August 2026: first review due Monday 28 September (above); held Thursday 24th.
        var schedule = For("2026-08-28", Held("2026-09-24"));

        var first = Assert.Single(schedule.Held);
        Assert.Equal((1, Day("2026-09-28"), false), (first.Number, first.DueBy!.Value, first.Late));
        // Letter: Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 1 October (5).
        Assert.Equal(Day("2026-10-01"), first.LetterDue);
        // Record: 25, 28-30 Sep (1-4), 1-2 Oct (5-6), 5-9 (7-11), 12-16 (12-16), 19-22 (17-20): Thursday 22 October.
        Assert.Equal(Day("2026-10-22"), first.RecordDue);
        // Second review: 3 months after 24 September 2026 is 24 December 2026.
        Assert.Equal(Day("2026-12-24"), schedule.Next!.DueBy);
        Assert.Same(Rules.SecondReview, schedule.Next.Rule);
    }

    [Fact]
    public void Given_a_review_just_before_Christmas_When_its_letter_and_record_are_due_Then_the_substitute_days_and_New_Year_are_skipped()
    {
        var schedule = For(null, Held("2027-12-22"));

        var review = Assert.Single(schedule.Held);
        // Wednesday 22 December 2027. Letter: Thu 23 (1), Fri 24 (2); Mon 27 and Tue 28 are the substitute days for
        // Christmas and Boxing Day (a Saturday and a Sunday); Wed 29 (3), Thu 30 (4), Fri 31 (5).
        Assert.Equal(Day("2027-12-31"), review.LetterDue);
        // Record: 23, 24, 29, 30, 31 Dec (1-5); Mon 3 January 2028 is New Year's Day's substitute (1 January is a
        // Saturday); 4-7 Jan (6-9), 10-14 (10-14), 17-21 (15-19), Monday 24 January (20).
        Assert.Equal(Day("2028-01-24"), review.RecordDue);
    }

    [Fact]
    public void Given_a_first_review_on_30_November_2027_When_the_second_is_due_3_months_later_Then_it_is_29_February_2028_a_leap_day()
    {
        // Looked after Tuesday 2 November 2027: 3-5 Nov (1-3), 8-12 (4-8), 15-19 (9-13), 22-26 (14-18), 29 (19), Tuesday 30 (20).
        var schedule = For("2027-11-02", Held("2027-11-30"));

        Assert.Equal((1, Day("2027-11-30")), (schedule.Held[0].Number, schedule.Held[0].DueBy!.Value));
        // 30 November + 3 months: 30 February does not exist, so the month's last day, 29 February 2028 (a leap year).
        Assert.Equal(Day("2028-02-29"), schedule.Next!.DueBy);
    }

    [Fact]
    public void Given_a_review_on_31_August_When_the_next_is_due_6_months_later_Then_it_is_the_last_day_of_February()
    {
        // 31 August + 6 months: there is no 31 February, so 28 February 2027, and 29 February in the leap year 2028.
        Assert.Equal(Day("2027-02-28"), For(null, Held("2026-08-31")).Next!.DueBy);
        Assert.Equal(Day("2028-02-29"), For(null, Held("2027-08-31")).Next!.DueBy);
    }

    [Fact]
    public void Given_a_review_brought_forward_When_scheduled_Then_the_next_is_due_6_months_from_the_day_it_was_held()
    {
        // Looked after Monday 1 December 2025: 2-5 Dec (1-4), 8-12 (5-9), 15-19 (10-14), 22-24 (15-17), 25 and 26 are
        // Christmas and Boxing Day, 29-31 (18-20): first review due Wednesday 31 December; held 17 December.
        // The second was planned for 17 March 2026 but brought forward to 10 February, when a move was planned.
        var schedule = For("2025-12-01", Held("2025-12-17", next: "2026-03-17"), Held("2026-02-10", next: "2026-08-04"));

        Assert.Equal(Day("2025-12-31"), schedule.Held[0].DueBy);
        var second = schedule.Held[1];
        Assert.Equal((2, true, false), (second.Number, second.BroughtForward, second.Late));
        // Its own deadline was 3 months after the first: 17 March 2026.
        Assert.Equal(Day("2026-03-17"), second.DueBy);
        // The clock restarts from 10 February: the third is due by 10 August 2026, not 17 September; the planned
        // 4 August is sooner, so that is the day to expect it.
        Assert.Equal(new NextReview(3, Day("2026-08-10"), Rules.LaterReviews, Day("2026-08-04")), schedule.Next);
        Assert.Equal(Day("2026-08-04"), schedule.Next!.Expected);
    }

    [Fact]
    public void Given_a_second_review_held_after_its_3_months_When_scheduled_Then_it_is_late()
    {
        // Looked after 28 August 2026, first review 24 September; second due 24 December 2026, held 7 January 2027.
        var schedule = For("2026-08-28", Held("2026-09-24"), Held("2027-01-07"));

        Assert.True(schedule.Held[1].Late);
        Assert.Equal(Day("2026-12-24"), schedule.Held[1].DueBy);
        // The third counts 6 months from the day it was held: 7 July 2027.
        Assert.Equal(Day("2027-07-07"), schedule.Next!.DueBy);
    }

    [Fact]
    public void Given_a_case_whose_earliest_review_is_years_after_the_child_became_looked_after_When_scheduled_Then_it_is_not_taken_for_the_first()
    {
        // In care since 12 March 2021; the case holds only this year's reviews, the earlier ones are elsewhere. The
        // 2026 review cannot be the first (that was due in April 2021), so its number and deadline are unknown,
        // and the next counts 6 months from it: 17 March 2026 + 6 months = 17 September 2026.
        var schedule = For("2021-03-12", Held("2026-03-17"));

        Assert.Equal((null, null, false), (schedule.Held[0].Number, schedule.Held[0].DueBy, schedule.Held[0].Late));
        Assert.Equal(new NextReview(null, Day("2026-09-17"), Rules.LaterReviews, null), schedule.Next);
    }
}
