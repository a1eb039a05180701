using System.Globalization;
using LifeStory.Documents.Files;
using LifeStory.Templating;
using LifeStory.Wording;

namespace LifeStory.Reviews.Timescales;

/// <summary>
/// The days that are not working days although they fall on a weekday, from settings/bank-holidays.yaml, so a council
/// adds next year's dates (or a one-off bank holiday) without recompiling. The first templates folder with the file wins
/// whole, as with the other settings: a council's list replaces ours rather than mixing with it.
/// </summary>
public sealed class BankHolidays(IReadOnlyList<BankHoliday> days)
{
    public const string RelativePath = "settings/bank-holidays.yaml";

    private readonly HashSet<DateOnly> _dates = days.Select(d => d.Date).ToHashSet();

    public IReadOnlyList<BankHoliday> Days { get; } = days;

    /// <summary>No bank holidays at all: only weekends are skipped (for tests, and code that runs without templates).</summary>
    public static BankHolidays None { get; } = new([]);

    public bool Contains(DateOnly date) => _dates.Contains(date);

    public static BankHolidays From(TemplateFolders folders) =>
        folders.Roots.Select(r => Path.Combine(r, RelativePath)).FirstOrDefault(RegularFile.Exists) is { } file
            ? new BankHolidays(Read(file))
            : None;

    public static IReadOnlyList<BankHoliday> Read(string file) =>
        WordList.Items(file, "bank_holidays").Select(item =>
        {
            var date = WordList.Text(item, "date");
            var name = WordList.Text(item, "name");
            if (date is null || name is null)
                throw new SettingsFileException(file, item.Start.Line, $"every bank holiday needs 'date:' and 'name:'.");
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new SettingsFileException(file, item.Start.Line, $"'{date}' is not a date; write it as 2026-12-28.");
            return new BankHoliday(day, name);
        }).ToList();
}

/// <summary>One bank holiday: the day it is taken (a substitute day when the holiday falls at a weekend) and its name.</summary>
public sealed record BankHoliday(DateOnly Date, string Name);
