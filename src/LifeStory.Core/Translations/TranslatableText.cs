namespace LifeStory.Translations;

/// <summary>
/// One piece of case text a document prints, as a translator sees it.
/// </summary>
/// <param name="Key">
/// The stable name of the field, using item ids where items have them (<c>people[mum].about</c>) and a review's date
/// for reviews (<c>reviews[2026-02-18].worries[0].what</c>), so adding a person does not move every translation.
/// </param>
/// <param name="Path">The field as case.yaml numbers it (<c>people[0].about</c>): how findings and redaction name it.</param>
/// <param name="English">The text as case.yaml holds it today.</param>
public sealed record TranslatableText(string Key, string Path, string English)
{
    /// <summary>The short hash a translation keeps of the English it was made from.</summary>
    public string EnglishHash => Translations.EnglishHash.Of(English);
}
