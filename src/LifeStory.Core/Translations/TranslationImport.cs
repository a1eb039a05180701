using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;

namespace LifeStory.Translations;

/// <summary>
/// Takes a translator's file back into a case's translations. Nothing is taken unless the whole file can be: a unit
/// naming a field the case does not have is an error (it was made for another case, or its names were changed).
/// </summary>
public static class TranslationImport
{
    /// <summary>What an import changed.</summary>
    /// <param name="Imported">Translations added or changed.</param>
    /// <param name="FromOlderEnglish">Of those, ones made from English the case has since changed: kept, marked out of date.</param>
    public sealed record Outcome(TranslationSet? Set, IReadOnlyList<Finding> Findings, int Imported, int FromOlderEnglish)
    {
        public bool Succeeded => Set is not null;
    }

    /// <param name="name">The file's name, for messages.</param>
    public static Outcome Merge(Case model, TranslationSet existing, ExchangeFile file, string name)
    {
        if (!string.Equals(existing.Language, file.Language, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"The file is in {file.Language}, the translations in {existing.Language}.", nameof(file));
        var texts = TranslatableTexts.All(model).ToDictionary(t => t.Key, StringComparer.Ordinal);
        var findings = new List<Finding>();
        var changes = new List<Translation>();
        var older = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            if (!texts.TryGetValue(unit.Key, out var text))
            {
                findings.Add(ExchangeFindings.Error(name, unit.Line, 1, unit.Key, $"The case has no field {unit.Key} to translate.",
                    "The file was made for another case, or the field was taken out of case.yaml: export the file again from this case."));
                continue;
            }
            if (!seen.Add(unit.Key))
            {
                findings.Add(ExchangeFindings.Error(name, unit.Line, 1, unit.Key, $"{unit.Key} is in the file twice.", "Keep one of the two."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(unit.Translation)) continue;
            if (unit.Translation.Length > CaseLimits.MaxTextLength)
            {
                findings.Add(ExchangeFindings.Error(name, unit.Line, 1, unit.Key,
                    string.Create(CultureInfo.InvariantCulture, $"This translation is {unit.Translation.Length:N0} characters long, more than the limit of {CaseLimits.MaxTextLength:N0} for any text in a case."),
                    "Check the translation tool did not paste something else into it."));
                continue;
            }
            existing.ByKey.TryGetValue(unit.Key, out var before);
            // A translation nobody touched keeps what it was (an out-of-date one stays out of date); one the translator
            // wrote or confirmed is translated from the English they were shown.
            if (before is not null && before.Text == unit.Translation && unit.State == TranslationState.Initial) continue;
            var state = unit.State == TranslationState.Initial ? TranslationState.Translated : unit.State;
            var hash = EnglishHash.Of(unit.English);
            var translation = new Translation(unit.Key, hash, unit.Translation, state);
            if (translation == before) continue;
            if (hash != text.EnglishHash)
            {
                older++;
                findings.Add(ExchangeFindings.Warning(name, unit.Line, unit.Key,
                    "The English of this field changed after the file was made, so its translation is kept but marked out of date.",
                    "Export the language again and translate the new English."));
            }
            changes.Add(translation);
        }
        return findings.Any(f => f.IsError)
            ? new Outcome(null, findings, 0, 0)
            : new Outcome(existing.With(changes), findings, changes.Count, older);
    }
}
