using LifeStory.Reviews.Timescales;
using static LifeStory.Tests.Reviews.Timescales.Shipped;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>Working days skip weekends and the shipped bank holidays, counted from the day after.</summary>
public sealed class WorkingDaysTests
{
    [Fact]
    public void Given_a_child_looked_after_on_the_Friday_before_a_bank_holiday_weekend_When_20_working_days_are_counted_Then_the_bank_holiday_Monday_is_skipped()
    {
        // Friday 28 August 2026; Monday 31 August is the summer bank holiday, so day 1 is Tuesday 1 September.
        // 1-4 Sep (days 1-4), 7-11 (5-9), 14-18 (10-14), 21-25 (15-19), Monday 28 September is day 20.
        Assert.Equal(Day("2026-09-28"), Days.After(Day("2026-08-28"), 20));
        // Without the bank holiday, day 20 would be Friday 25 September: the list is what moves it.
        Assert.Equal(Day("2026-09-25"), new WorkingDays(BankHolidays.None).After(Day("2026-08-28"), 20));
    }

    [Fact]
    public void Given_a_start_just_before_Christmas_When_working_days_are_counted_Then_Christmas_the_substitute_Boxing_Day_and_New_Year_are_skipped()
    {
        // Friday 18 December 2026: 21-24 Dec (days 1-4); Fri 25 Dec Christmas, Mon 28 Dec Boxing Day's substitute
        // (26th is a Saturday); 29-31 Dec (5-7); Fri 1 Jan 2027 New Year's Day; 4-8 Jan (8-12), 11-15 (13-17),
        // 18, 19, 20 Jan (18-20): Wednesday 20 January 2027.
        Assert.Equal(Day("2027-01-20"), Days.After(Day("2026-12-18"), 20));
    }

    [Fact]
    public void Given_a_deadline_When_working_days_left_are_counted_Then_today_is_0_and_a_passed_deadline_is_negative()
    {
        var days = Days;
        // Friday 28 August 2026 to Tuesday 1 September: the Monday is a bank holiday, so 1 working day is left.
        Assert.Equal(1, days.Left(Day("2026-08-28"), Day("2026-09-01")));
        Assert.Equal(0, days.Left(Day("2026-09-01"), Day("2026-09-01")));
        // Due Friday 4 September, and today is Tuesday 8th: Monday 7th and Tuesday 8th have gone by.
        Assert.Equal(-2, days.Left(Day("2026-09-08"), Day("2026-09-04")));
        // Due on Saturday 5 September, today is Sunday 6th: overdue, though no working day has passed.
        Assert.Equal(-1, days.Left(Day("2026-09-06"), Day("2026-09-05")));
    }
}
