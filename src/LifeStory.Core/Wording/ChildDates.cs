using System.Globalization;
using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>
/// Dates the way a child hears them: "June 2019", "around 2019", "when you were 3". Month names are written
/// out explicitly so the output never depends on the machine's culture.
/// </summary>
public static class ChildDates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(PartialDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var text = date switch
        {
            { Month: null } => year,
            { Day: null } => $"{Months[date.Month.Value - 1]} {year}",
            _ => $"{date.Day!.Value.ToString(CultureInfo.InvariantCulture)} {Months[date.Month!.Value - 1]} {year}",
        };
        return date.IsApproximate ? "around " + text : text;
    }

    public static string Format(DateOnly date) => Format(PartialDate.FromDate(date));

    /// <summary>"before you were born", "when you were a baby", "when you were 3" — in the book's voice.</summary>
    public static string WhenYouWere(PartialDate date, DateOnly dateOfBirth, Voice voice)
    {
        if (date.Latest < dateOfBirth) return $"before {voice.Subject} {voice.Were} born";
        if (date.Earliest <= dateOfBirth && date.Latest >= dateOfBirth) return $"when {voice.Subject} {voice.Were} born";
        var age = Ages.YearsOld(dateOfBirth, date.Earliest);
        return age == 0
            ? $"when {voice.Subject} {voice.Were} a baby"
            : $"when {voice.Subject} {voice.Were} {age.ToString(CultureInfo.InvariantCulture)}";
    }
}
