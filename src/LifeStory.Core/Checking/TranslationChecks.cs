using LifeStory.Cases.Loading;
using LifeStory.Translations;

namespace LifeStory.Checking;

/// <summary>
/// For each language the case folder has translations for (translations/&lt;language&gt;.yaml): every text with no
/// translation, every translation made from English that has changed since, and every translation of a field the
/// case no longer has. Each points at the English in case.yaml, which is what changed or needs translating.
/// </summary>
public static class TranslationChecks
{
    public const string Missing = "translation-missing";

    public const string OutOfDate = "translation-out-of-date";

    public const string Unknown = "translation-unknown-field";

    public static IReadOnlyList<Finding> Check(LoadedCase loaded) =>
        TranslationFile.Languages(loaded.Folder).SelectMany(language => Check(loaded, language)).ToList();

    /// <summary>One language: what translations/&lt;language&gt;.yaml says of the texts given (every text when null).</summary>
    public static IReadOnlyList<Finding> Check(LoadedCase loaded, string language, IReadOnlyList<TranslatableText>? texts = null)
    {
        var (set, problems) = TranslationFile.Load(loaded.Folder, language);
        if (set is null) return problems;
        var findings = new List<Finding>();
        var all = TranslatableTexts.All(loaded.Model);
        var redo = $"Run lifestory translations export with --language {language}, have it translated, and import it back.";
        foreach (var text in texts ?? all)
        {
            var status = set.StatusOf(text);
            if (status == TranslationStatus.Missing)
                findings.Add(new Finding(Severity.Warning, Missing, loaded.Locations.Find(text.Path), text.Path,
                    $"This text has no {language} translation yet ({TranslationFile.RelativePath(language)}: {text.Key}), so the {language} version prints it in English.", redo));
            else if (status == TranslationStatus.OutOfDate)
                findings.Add(new Finding(Severity.Warning, OutOfDate, loaded.Locations.Find(text.Path), text.Path,
                    $"This English changed after it was translated into {language} ({TranslationFile.RelativePath(language)}: {text.Key}), so the {language} version prints the English until it is translated again.",
                    redo));
        }
        var known = all.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in set.ByKey.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
            findings.Add(new Finding(Severity.Warning, Unknown, new SourceLocation(TranslationFile.RelativePath(language), 1, 1), key,
                $"{TranslationFile.RelativePath(language)} translates {key}, which case.yaml no longer has (or which has no words now).",
                "Nothing prints it. If the item's id changed, import the language again; else remove the entry."));
        return findings;
    }
}
