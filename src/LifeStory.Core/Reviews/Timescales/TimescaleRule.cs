using System.Globalization;

namespace LifeStory.Reviews.Timescales;

/// <summary>
/// One timescale, as a council's settings state it: how long after something a step must happen by, and where that
/// rule comes from, so every warning and deadline can say why it is there.
/// </summary>
/// <param name="What">What must happen, in plain words: "the first review".</param>
/// <param name="After">What the time is counted from: "the child became looked after".</param>
public sealed record TimescaleRule(string What, int Amount, TimescaleUnit Unit, string After, string Source)
{
    /// <summary>The last day the step is on time, counted from <paramref name="start"/>.</summary>
    public DateOnly DueFrom(DateOnly start, WorkingDays days) =>
        Unit == TimescaleUnit.Months ? start.AddMonths(Amount) : days.After(start, Amount);

    /// <summary>"20 working days", "3 months", "1 month".</summary>
    public string Length => Unit switch
    {
        TimescaleUnit.Months => Amount.ToString(CultureInfo.InvariantCulture) + (Amount == 1 ? " month" : " months"),
        _ => Amount.ToString(CultureInfo.InvariantCulture) + (Amount == 1 ? " working day" : " working days"),
    };

    /// <summary>"the first review within 20 working days of the day the child became looked after (source)".</summary>
    public string Describe() => $"{What} within {Length} of {After} ({Source})";
}
