namespace LifeStory.Translations;

/// <summary>How far a translation has got, in XLIFF 2.0's words: only initial ones are left out of documents.</summary>
public enum TranslationState
{
    /// <summary>Not translated yet, or a draft the translator has not finished: the English is printed.</summary>
    Initial,

    /// <summary>Translated.</summary>
    Translated,

    /// <summary>Translated and read by a second person.</summary>
    Reviewed,

    /// <summary>Signed off.</summary>
    Final,
}
