namespace LifeStory.Languages;

/// <summary>Whether a language is written right to left, from its BCP 47 tag: its primary subtag decides.</summary>
public static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages =
        new(["ar", "apd", "arc", "ckb", "dv", "fa", "he", "prs", "ps", "sd", "ug", "ur", "yi"], StringComparer.OrdinalIgnoreCase);

    public static bool IsRightToLeft(string language) => RightToLeftLanguages.Contains(language.Split('-')[0]);
}
