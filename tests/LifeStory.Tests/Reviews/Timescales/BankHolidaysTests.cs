using LifeStory.Reviews.Timescales;
using LifeStory.Tests.Support;
using static LifeStory.Tests.Reviews.Timescales.Shipped;

namespace LifeStory.Tests.Reviews.Timescales;

/// <summary>The shipped bank holidays are England and Wales's published dates, the days actually taken off.</summary>
public sealed class BankHolidaysTests
{
    [Fact]
    public void Given_the_shipped_list_When_read_Then_2024_to_2028_each_have_eight_days_off_all_on_weekdays()
    {
        foreach (var year in Enumerable.Range(2024, 5))
            Assert.Equal(8, Holidays.Days.Count(d => d.Date.Year == year));
        Assert.All(Holidays.Days, d => Assert.True(d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d.Date} {d.Name} is at a weekend"));
    }

    [Fact]
    public void Given_the_shipped_list_When_read_Then_2026_and_2027_have_gov_uks_dates_with_their_substitute_days()
    {
        // 2026: Easter Sunday is 5 April; Boxing Day is a Saturday, so Monday 28 December is taken instead.
        Assert.Equal(
            ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
            Iso(2026));
        // 2027: Easter Sunday is 28 March; Christmas is a Saturday and Boxing Day a Sunday, so 27 and 28 December.
        Assert.Equal(
            ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
            Iso(2027));
    }

    [Fact]
    public void Given_a_bank_holiday_that_is_not_a_date_When_the_list_is_read_Then_the_council_is_told_the_line_and_the_form()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bank-holidays.yaml");
        File.WriteAllText(file, "bank_holidays:\n  - { date: 2026-12-28, name: Boxing Day }\n  - { date: 28/12/2027, name: Boxing Day }\n");

        var error = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => BankHolidays.Read(file));
        Assert.Contains(":3: '28/12/2027' is not a date; write it as 2026-12-28.", error.Message, StringComparison.Ordinal);
    }

    private static string[] Iso(int year) =>
        Holidays.Days.Where(d => d.Date.Year == year).Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
