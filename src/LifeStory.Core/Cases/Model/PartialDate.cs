using System.Globalization;

namespace LifeStory.Cases.Model;

/// <summary>
/// A date as precisely as anyone knows it: a year ("2019"), a month ("2019-03") or a day ("2019-03-04"),
/// optionally approximate ("about 2019-03"). Old events in a child's life are often known only roughly,
/// and the book must say "around spring 2019" rather than invent a day.
/// </summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null, bool IsApproximate = false)
    : IComparable<PartialDate>
{
    private const string AboutPrefix = "about ";

    /// <summary>The first day the date could mean: used to order events and check ranges.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date could mean.</summary>
    public DateOnly Latest => Month is null
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Month.Value, Day ?? DateTime.DaysInMonth(Year, Month.Value));

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads "2019", "2019-03", "2019-03-04", each optionally after "about ".</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var approximate = s.StartsWith(AboutPrefix, StringComparison.OrdinalIgnoreCase);
        if (approximate) s = s[AboutPrefix.Length..].Trim();

        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var expectedLength = i == 0 ? 4 : 2;
            if (parts[i].Length != expectedLength ||
                !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                return false;
        }
        if (numbers[0] < 1) return false;
        if (numbers.Length > 1 && numbers[1] is < 1 or > 12) return false;
        if (numbers.Length > 2 && (numbers[2] < 1 || numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1]))) return false;

        date = new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null, approximate);
        return true;
    }

    public int CompareTo(PartialDate? other) => other is null ? 1 : Earliest.CompareTo(other.Earliest);

    /// <summary>The canonical written form, the same one <see cref="TryParse"/> reads.</summary>
    public override string ToString()
    {
        var core = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is { } m) core += "-" + m.ToString("D2", CultureInfo.InvariantCulture);
        if (Day is { } d) core += "-" + d.ToString("D2", CultureInfo.InvariantCulture);
        return IsApproximate ? AboutPrefix + core : core;
    }
}
