namespace LifeStory.Translations;

/// <summary>Where a field stands in one language.</summary>
public enum TranslationStatus
{
    /// <summary>Nobody has translated it (or only a draft exists): documents print the English.</summary>
    Missing,

    /// <summary>The English changed after it was translated: documents print the English until it is translated again.</summary>
    OutOfDate,

    /// <summary>Translated from the English the case holds now.</summary>
    Current,
}
