using System.Globalization;
using System.Text;
using LifeStory.Cases.Model;

namespace LifeStory.Languages;

/// <summary>
/// The fixed words of one language: every heading and sentence the templates print, the month names, how a
/// date is put together, and which digits numbers are written in. The build has no culture data
/// (InvariantGlobalization), so all of it comes from the catalogue, never from the machine.
/// </summary>
/// <param name="Tag">The BCP 47 tag ("ar", "pl").</param>
/// <param name="CheckedBy">Who checked the translation (a qualified translator), or null while nobody has.</param>
/// <param name="Months">Month names as a date with a day uses them ("12 sierpnia 2026"), January first.</param>
/// <param name="MonthsAlone">Month names standing alone, as a month and year uses them ("sierpień 2026"); the same as Months in most languages.</param>
/// <param name="Digits">The ten digits 0–9 in this language's script; null for 0123456789.</param>
public sealed record Catalogue(
    string Tag,
    string? CheckedBy,
    string? CheckedOn,
    IReadOnlyList<string> Months,
    IReadOnlyList<string> MonthsAlone,
    string? Digits,
    IReadOnlyDictionary<string, Phrase> Words)
{
    /// <summary>English is what the templates were written in: it is the source, never a translation to check.</summary>
    public bool IsSource => Tag.Split('-')[0].Equals("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>A translation no qualified translator has checked yet: every page of a document in it says so.</summary>
    public bool NeedsChecking => !IsSource && string.IsNullOrWhiteSpace(CheckedBy);

    public bool RightToLeft => TextDirection.IsRightToLeft(Tag);

    /// <summary>
    /// The words for a key with its placeholders ("{name}") filled from the values by name. A plural phrase takes
    /// the form for the value called "count"; a gendered one the form for the pronouns. A key the catalogue lacks
    /// prints as the key in brackets, so a mistake shows on the page instead of a blank (loading has already
    /// filled every key English has, and said which).
    /// </summary>
    public string Say(string key, IReadOnlyDictionary<string, object?>? values = null, Pronouns pronouns = Pronouns.They)
    {
        if (!Words.TryGetValue(key, out var phrase)) return "[" + key + "]";
        var text = Choose(phrase, values, pronouns);
        return values is null || values.Count == 0 ? text : Fill(text, values);
    }

    /// <summary>
    /// A word of the case's own that many cases share (a relationship such as "mum", a language, a colour), in this
    /// language when the catalogue has it under category_word ("relationship_mum"), else as written: the worker's
    /// words are never lost, and English prints them untouched.
    /// </summary>
    public string Term(string category, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || IsSource) return text ?? "";
        return Words.TryGetValue(TermKey(category, text), out var phrase) && phrase.Text is { } words ? words : text;
    }

    /// <summary>A translation's own words for a key with no forms, or null (always null in English, the source).</summary>
    public string? Find(string key) =>
        !IsSource && Words.TryGetValue(key, out var phrase) && phrase.Text is { } text ? text : null;

    /// <summary>The catalogue key for a shared word: "key worker" in relationship is relationship_key_worker.</summary>
    public static string TermKey(string category, string text)
    {
        var slug = new StringBuilder(category.Length + text.Length + 1).Append(category).Append('_');
        foreach (var c in text.Trim().ToLowerInvariant()) slug.Append(char.IsLetterOrDigit(c) ? c : '_');
        return slug.ToString();
    }

    /// <summary>A whole number in this language's digits.</summary>
    public string Number(long number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        if (Digits is not { Length: 10 } digits) return text;
        var shaped = new StringBuilder(text.Length);
        foreach (var c in text) shaped.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        return shaped.ToString();
    }

    /// <summary>"12 August 2026", "August 2026", "2026", "around 2019", as the catalogue puts them together.</summary>
    public string Date(PartialDate date)
    {
        var parts = new Dictionary<string, object?> { ["year"] = date.Year };
        string text;
        if (date.Month is not { } month) text = Say("date_year", parts);
        else
        {
            // "around" governs the month as a day does in languages that decline it ("około maja 2020"), so an
            // approximate month takes the form a date with a day uses.
            parts["month"] = (date.Day is null && !date.IsApproximate ? MonthsAlone : Months)[month - 1];
            if (date.Day is { } day) parts["day"] = day;
            text = Say(date.Day is null ? "date_month" : "date_day", parts);
        }
        return date.IsApproximate ? Say("date_around", new Dictionary<string, object?> { ["date"] = text }) : text;
    }

    public string Date(DateOnly date) => Date(PartialDate.FromDate(date));

    /// <summary>
    /// Follows forms down to words: the book's voice picks between you: (the book talks to the child, as every letter
    /// does) and name: (it tells the child's story by name), by the value "you"; the child's pronouns pick between
    /// he:, she: and they: (a they: that is not written takes the first form written), the value "count" picks
    /// between plural categories (other when the language's category is not written).
    /// </summary>
    private string Choose(Phrase phrase, IReadOnlyDictionary<string, object?>? values, Pronouns pronouns)
    {
        for (var depth = 0; phrase.Forms is { } forms && depth < 6; depth++)
        {
            if (forms.ContainsKey("you") || forms.ContainsKey("name"))
            {
                var talking = values is null || !values.TryGetValue("you", out var you) || you is not false;
                if (forms.TryGetValue(talking ? "you" : "name", out var byVoice)) { phrase = byVoice; continue; }
            }
            var gender = pronouns switch { Pronouns.He => "he", Pronouns.She => "she", _ => "they" };
            if (forms.TryGetValue(gender, out var byGender) || (IsGendered(forms) && forms.TryGetValue("they", out byGender))) { phrase = byGender; continue; }
            var count = values is not null && values.TryGetValue("count", out var c) ? CountOf(c) : 0;
            var category = PluralRules.For(Tag, count).ToString().ToLowerInvariant();
            phrase = forms.TryGetValue(category, out var byCount) ? byCount
                : forms.TryGetValue("other", out var other) ? other
                : forms.Values.First();
        }
        return phrase.Text ?? "";
    }

    /// <summary>A count as a whole number; anything a template passes that is not one counts as 0 rather than stopping the run.</summary>
    private static long CountOf(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d when Math.Abs(d) < long.MaxValue => (long)d,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => 0,
    };

    private static bool IsGendered(IReadOnlyDictionary<string, Phrase> forms) => forms.ContainsKey("he") || forms.ContainsKey("she");

    private string Fill(string text, IReadOnlyDictionary<string, object?> values)
    {
        var filled = new StringBuilder(text.Length + 32);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (open < 0 || close < 0) { filled.Append(text, at, text.Length - at); break; }
            filled.Append(text, at, open - at);
            var name = text[(open + 1)..close];
            // A placeholder with no value is left as written: the template did not give it, and the page shows where.
            if (values.TryGetValue(name, out var value)) filled.Append(Show(value));
            else filled.Append(text, open, close - open + 1);
            at = close + 1;
        }
        return filled.ToString();
    }

    private string Show(object? value) => value switch
    {
        null => "",
        int i => Number(i),
        long l => Number(l),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
