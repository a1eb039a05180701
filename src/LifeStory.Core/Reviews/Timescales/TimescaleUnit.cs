namespace LifeStory.Reviews.Timescales;

/// <summary>What a timescale counts in.</summary>
public enum TimescaleUnit
{
    /// <summary>Monday to Friday, skipping bank holidays.</summary>
    WorkingDays,

    /// <summary>Calendar months: the same day of the month, or the month's last day when it is shorter (31 August + 6 months is 28 or 29 February).</summary>
    Months,
}
