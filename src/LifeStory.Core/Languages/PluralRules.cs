namespace LifeStory.Languages;

/// <summary>
/// Which plural form a whole number takes in a language, by the CLDR plural rules (unicode.org/cldr, "Language
/// Plural Rules"). Only whole numbers are counted in our documents (people, years, meetings), so the rules are
/// written for integers: CLDR's i = n and v = 0. A language we have no rule for gives "one" for 1 and "other"
/// otherwise, which is right for most languages and never leaves a phrase unprinted.
/// </summary>
public static class PluralRules
{
    public static PluralCategory For(string language, long number)
    {
        var n = Math.Abs(number);
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary switch
        {
            "ar" or "apd" => Arabic(n),
            "pl" => Polish(n),
            "ro" => Romanian(n),
            // Tigrinya, like Amharic, puts 0 and 1 together; Persian (and Dari) count 0 with 1 too.
            "ti" or "am" or "fa" or "prs" => n <= 1 ? PluralCategory.One : PluralCategory.Other,
            // Vietnamese has one form for every number.
            "vi" or "zh" or "ja" or "ko" or "th" => PluralCategory.Other,
            // English, Pashto, Kurdish Sorani, Albanian and most others: one, other.
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>The categories a language's catalogue needs forms for, so a check can name a missing one.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "ar" or "apd" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "pl" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "ro" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Other],
        "vi" or "zh" or "ja" or "ko" or "th" => [PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99; other: the rest (100, 101, 102…).
    private static PluralCategory Arabic(long n) => n switch
    {
        0 => PluralCategory.Zero,
        1 => PluralCategory.One,
        2 => PluralCategory.Two,
        _ when n % 100 is >= 3 and <= 10 => PluralCategory.Few,
        _ when n % 100 is >= 11 and <= 99 => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    // one: i = 1; few: i % 10 = 2..4 and i % 100 != 12..14; many: every other whole number ("other" is for fractions).
    private static PluralCategory Polish(long n)
    {
        if (n == 1) return PluralCategory.One;
        if (n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14)) return PluralCategory.Few;
        return PluralCategory.Many;
    }

    // one: i = 1; few: n = 0 or n % 100 = 2..19 (and 101, since n != 1 and n % 100 = 1); other: 20, 21…, 100.
    private static PluralCategory Romanian(long n)
    {
        if (n == 1) return PluralCategory.One;
        return n == 0 || n % 100 is >= 1 and <= 19 ? PluralCategory.Few : PluralCategory.Other;
    }
}
