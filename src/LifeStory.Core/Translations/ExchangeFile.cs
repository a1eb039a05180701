namespace LifeStory.Translations;

/// <summary>What a translation file (XLIFF or CSV) holds: the language and its units, in order.</summary>
public sealed record ExchangeFile(string Language, IReadOnlyList<ExchangeUnit> Units)
{
    /// <summary>
    /// The file to give a translator for these texts: each with its current translation, if there is one. An out-of-date
    /// translation goes out too, marked initial, so the translator corrects it rather than starting again.
    /// </summary>
    public static ExchangeFile For(IEnumerable<TranslatableText> texts, TranslationSet existing) =>
        new(existing.Language, texts.Select(text => existing.ByKey.TryGetValue(text.Key, out var translation)
            ? new ExchangeUnit(text.Key, text.English, translation.Text,
                existing.StatusOf(text) == TranslationStatus.Current ? translation.State : TranslationState.Initial)
            : new ExchangeUnit(text.Key, text.English, null, TranslationState.Initial)).ToList());
}
