namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// Which script a language is written in, and which language to assume for text in a script when nobody has said:
/// the one language most written in it, or "und-" and the script where several are (Cyrillic, Ethiopic…), which
/// still tells a screen reader the text is not the page's language.
/// </summary>
internal static class ScriptLanguages
{
    private static readonly Dictionary<string, string> ScriptOfLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arab", ["fa"] = "Arab", ["prs"] = "Arab", ["ps"] = "Arab", ["ur"] = "Arab", ["ckb"] = "Arab", ["sd"] = "Arab", ["ug"] = "Arab",
        ["he"] = "Hebr", ["yi"] = "Hebr", ["dv"] = "Thaa", ["syr"] = "Syrc",
        ["ru"] = "Cyrl", ["uk"] = "Cyrl", ["bg"] = "Cyrl", ["be"] = "Cyrl", ["mk"] = "Cyrl", ["kk"] = "Cyrl", ["ky"] = "Cyrl", ["mn"] = "Cyrl",
        ["el"] = "Grek", ["ka"] = "Geor", ["hy"] = "Armn", ["ti"] = "Ethi", ["am"] = "Ethi",
        ["hi"] = "Deva", ["mr"] = "Deva", ["ne"] = "Deva", ["bn"] = "Beng", ["pa"] = "Guru", ["gu"] = "Gujr", ["ta"] = "Taml",
        ["te"] = "Telu", ["kn"] = "Knda", ["ml"] = "Mlym", ["si"] = "Sinh", ["th"] = "Thai", ["lo"] = "Laoo", ["my"] = "Mymr", ["km"] = "Khmr",
        ["zh"] = "Hani", ["yue"] = "Hani", ["ja"] = "Jpan", ["ko"] = "Hang",
    };

    private static readonly Dictionary<string, string> LanguageOfScript = new(StringComparer.Ordinal)
    {
        ["Arab"] = "ar", ["Hebr"] = "he", ["Grek"] = "el", ["Geor"] = "ka", ["Armn"] = "hy", ["Thai"] = "th", ["Laoo"] = "lo",
        ["Hang"] = "ko", ["Hira"] = "ja", ["Kana"] = "ja", ["Beng"] = "bn", ["Guru"] = "pa", ["Gujr"] = "gu", ["Taml"] = "ta",
        ["Telu"] = "te", ["Knda"] = "kn", ["Mlym"] = "ml", ["Sinh"] = "si", ["Khmr"] = "km", ["Mymr"] = "my", ["Thaa"] = "dv",
    };

    /// <summary>The script a language tag's text is written in: Latin unless the language is known to use another.</summary>
    public static string ScriptOf(string tag)
    {
        var parts = tag.Split('-');
        // A tag can name its script itself: "sr-Cyrl", "pa-Arab".
        var named = parts.Skip(1).FirstOrDefault(p => p.Length == 4 && char.IsLetter(p[0]));
        if (named is not null) return char.ToUpperInvariant(named[0]) + named[1..].ToLowerInvariant();
        return ScriptOfLanguage.TryGetValue(parts[0], out var script) ? script : "Latn";
    }

    /// <summary>The language to mark text in this script with, when no language the document knows is written in it.</summary>
    public static string LanguageOf(string script) => LanguageOfScript.TryGetValue(script, out var tag) ? tag : "und-" + script;

    /// <summary>Han text is Chinese or Japanese; kana mean Japanese: both count as the script a "ja" tag names.</summary>
    public static bool Writes(string languageScript, string textScript) =>
        languageScript == textScript || (languageScript == "Jpan" && textScript is "Hani" or "Hira" or "Kana");
}
