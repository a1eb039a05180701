namespace LifeStory.Translations;

/// <summary>Every translation of a case's text into one language: what translations/&lt;language&gt;.yaml holds.</summary>
public sealed record TranslationSet(string Language, IReadOnlyDictionary<string, Translation> ByKey)
{
    public static TranslationSet Empty(string language) => new(language, new Dictionary<string, Translation>(StringComparer.Ordinal));

    /// <summary>The translation to print for this text, or null when it is missing, unfinished or out of date.</summary>
    public Translation? CurrentFor(TranslatableText text) =>
        ByKey.TryGetValue(text.Key, out var translation) && translation.IsCurrentFor(text) ? translation : null;

    public TranslationStatus StatusOf(TranslatableText text) =>
        !ByKey.TryGetValue(text.Key, out var translation) || !translation.IsFinished ? TranslationStatus.Missing
        : translation.English != text.EnglishHash ? TranslationStatus.OutOfDate
        : TranslationStatus.Current;

    /// <summary>This set with <paramref name="changes"/> added, each replacing any earlier translation of its field.</summary>
    public TranslationSet With(IEnumerable<Translation> changes)
    {
        var merged = new Dictionary<string, Translation>(ByKey, StringComparer.Ordinal);
        foreach (var change in changes) merged[change.Key] = change;
        return this with { ByKey = merged };
    }
}
