using LifeStory.Reviews.Timescales;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>The settings files as shipped in templates/settings, read as a council's would be.</summary>
internal static class Shipped
{
    public static BankHolidays Holidays { get; } = new(BankHolidays.Read(Path.Combine(Repo.Root, "templates", BankHolidays.RelativePath)));

    public static WorkingDays Days { get; } = new(Holidays);

    public static ReviewTimescales Rules { get; } = ReviewTimescales.Read(Path.Combine(Repo.Root, "templates", ReviewTimescales.RelativePath));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
