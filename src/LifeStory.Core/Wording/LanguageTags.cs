namespace LifeStory.Wording;

/// <summary>
/// The BCP 47 tag for a language as a social worker writes it in case.yaml ("Arabic", "Polish", "Tigrinya"),
/// so the HTML can tell a screen reader which voice reads the child's own words. A tag written as such ("pl")
/// is taken as it is; a language we do not know gives no tag rather than a guess.
/// </summary>
public static class LanguageTags
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["Welsh"] = "cy", ["Irish"] = "ga", ["Scottish Gaelic"] = "gd",
        ["Arabic"] = "ar", ["Sudanese Arabic"] = "apd", ["Farsi"] = "fa", ["Persian"] = "fa", ["Dari"] = "prs", ["Pashto"] = "ps",
        ["Urdu"] = "ur", ["Kurdish"] = "ku", ["Sorani"] = "ckb", ["Kurdish Sorani"] = "ckb", ["Kurmanji"] = "kmr", ["Kurdish Kurmanji"] = "kmr",
        ["Hebrew"] = "he", ["Turkish"] = "tr", ["Tigrinya"] = "ti", ["Amharic"] = "am", ["Oromo"] = "om", ["Somali"] = "so",
        ["Swahili"] = "sw", ["Yoruba"] = "yo", ["Igbo"] = "ig", ["Hausa"] = "ha", ["Twi"] = "tw", ["Lingala"] = "ln", ["Shona"] = "sn",
        ["Polish"] = "pl", ["Romanian"] = "ro", ["Lithuanian"] = "lt", ["Latvian"] = "lv", ["Czech"] = "cs", ["Slovak"] = "sk",
        ["Hungarian"] = "hu", ["Bulgarian"] = "bg", ["Ukrainian"] = "uk", ["Russian"] = "ru", ["Albanian"] = "sq", ["Romani"] = "rom",
        ["Portuguese"] = "pt", ["Spanish"] = "es", ["French"] = "fr", ["Italian"] = "it", ["German"] = "de", ["Dutch"] = "nl", ["Greek"] = "el",
        ["Hindi"] = "hi", ["Punjabi"] = "pa", ["Gujarati"] = "gu", ["Bengali"] = "bn", ["Tamil"] = "ta", ["Nepali"] = "ne", ["Sinhala"] = "si",
        ["Vietnamese"] = "vi", ["Chinese"] = "zh", ["Mandarin"] = "zh", ["Cantonese"] = "yue", ["Japanese"] = "ja", ["Korean"] = "ko", ["Thai"] = "th",
        ["Tagalog"] = "tl", ["Filipino"] = "fil", ["Malay"] = "ms", ["Georgian"] = "ka", ["Armenian"] = "hy",
    };

    /// <summary>
    /// The language's English name for a tag ("ar" → "Arabic"), the first name the table gives it, so a page can
    /// show a catalogue as "العربية (Arabic)" for a worker who reads neither script; null for a tag we do not know.
    /// </summary>
    public static string? NameOf(string tag) =>
        ByName.FirstOrDefault(pair => pair.Value.Equals(tag, StringComparison.OrdinalIgnoreCase)).Key;

    /// <summary>The tag for the language, or null when it is blank or not one we know.</summary>
    public static string? For(string? language)
    {
        var name = language?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        if (ByName.TryGetValue(name, out var tag)) return tag;
        // Written as a tag already: two or three letters, optionally a region or script ("pl", "pt-BR", "sr-Cyrl").
        return System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$") ? name : null;
    }
}
