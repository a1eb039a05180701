namespace LifeStory.Translations;

/// <summary>One field's text in another language, with the fingerprint of the English it was translated from.</summary>
/// <param name="Key">The field, as <see cref="TranslatableText.Key"/> names it.</param>
/// <param name="English">The <see cref="EnglishHash"/> of the English the translator saw.</param>
public sealed record Translation(string Key, string English, string Text, TranslationState State = TranslationState.Translated)
{
    /// <summary>True when it was made from the English the case holds now, and is finished enough to print.</summary>
    public bool IsCurrentFor(TranslatableText text) => IsFinished && English == text.EnglishHash;

    /// <summary>Not a draft, and not blank (a blank text, written by hand in the file, would print an empty field).</summary>
    public bool IsFinished => State != TranslationState.Initial && !string.IsNullOrWhiteSpace(Text);
}
