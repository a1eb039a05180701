using System.Text.RegularExpressions;

namespace LifeStory.Translations;

/// <summary>
/// A language as BCP 47 writes it: ar, pl, pt-BR, zh-Hant. It names a file (translations/ar.yaml), so nothing else
/// is accepted: no dots, slashes or spaces that could reach outside the translations folder.
/// </summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool IsValid(string? tag) => tag is not null && tag.Length <= 35 && Shape().IsMatch(tag);

    /// <summary>English is the language case.yaml is written in; there is nothing to translate it into.</summary>
    public static bool IsEnglish(string tag) => tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a tag cannot be used, with the fix; null when it can.</summary>
    public static string? Problem(string? tag) =>
        !IsValid(tag) ? $"'{tag}' is not a language tag. Write it as BCP 47 does, such as ar, pl, pt-BR or zh-Hant."
        : IsEnglish(tag!) ? $"'{tag}' is English, the language case.yaml is written in. Name the language to translate into, such as ar."
        : null;
}
