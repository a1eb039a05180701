using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Languages;

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

    /// <summary>
    /// Which of "before you were born", "when you were born", "when you were a baby" and "when you were 3" a date
    /// is, as the catalogue key that says it in the document's language (when_before_born, when_born, when_baby,
    /// when_age), with the age in years for when_age.
    /// </summary>
    public static (string Key, int Age) WhenYouWere(PartialDate date, DateOnly dateOfBirth)
    {
        if (date.Latest < dateOfBirth) return ("when_before_born", 0);
        if (date.Earliest <= dateOfBirth && date.Latest >= dateOfBirth) return ("when_born", 0);
        var age = Ages.YearsOld(dateOfBirth, date.Earliest);
        return age == 0 ? ("when_baby", 0) : ("when_age", age);
    }

    /// <summary>"before you were born", "when you were a baby", "when Maisie was 3": in the catalogue's language and the book's voice.</summary>
    public static string WhenYouWere(PartialDate date, DateOnly dateOfBirth, Voice voice, Catalogue words, Pronouns pronouns, bool talkingToChild)
    {
        var (key, age) = WhenYouWere(date, dateOfBirth);
        return words.Say(key, new Dictionary<string, object?>
        {
            ["subject"] = voice.Subject, ["were"] = voice.Were,
            ["name"] = voice.Subject, ["you"] = talkingToChild, ["age"] = age, ["count"] = age,
        }, pronouns);
    }
}
