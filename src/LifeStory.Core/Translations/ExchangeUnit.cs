namespace LifeStory.Translations;

/// <summary>One field in a translation file sent to a translator and back: its key, the English, and the translation if any.</summary>
/// <param name="Line">Where the unit starts in the file it was read from (0 for one being written), for messages.</param>
public sealed record ExchangeUnit(string Key, string English, string? Translation, TranslationState State, int Line = 0);
