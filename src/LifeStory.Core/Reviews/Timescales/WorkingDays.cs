namespace LifeStory.Reviews.Timescales;

/// <summary>
/// Counting working days: Monday to Friday, except bank holidays. "Within 20 working days of" a day counts from the
/// working day after it, so the day itself is never day 1: a child who becomes looked after on a Friday has their
/// first working day on the Monday (or the Tuesday, after a bank holiday Monday).
/// </summary>
public sealed class WorkingDays(BankHolidays holidays)
{
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="start"/>.</summary>
    public DateOnly After(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>
    /// How many working days are left from <paramref name="today"/> until <paramref name="deadline"/>: 0 when the
    /// deadline is today, 1 when it is the next working day; negative once it has passed (-1 on the first working day
    /// after it), so a list sorts the most overdue first.
    /// </summary>
    public int Left(DateOnly today, DateOnly deadline)
    {
        if (deadline >= today) return Count(today, deadline);
        return -Math.Max(1, Count(deadline, today));
    }

    /// <summary>Working days after <paramref name="from"/>, up to and including <paramref name="to"/>.</summary>
    private int Count(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
