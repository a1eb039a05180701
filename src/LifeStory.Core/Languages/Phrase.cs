namespace LifeStory.Languages;

/// <summary>
/// One entry of a catalogue: either words to print, or forms to choose between — by plural category
/// (zero, one, two, few, many, other) for a count, or by the child's pronouns (he, she, they) where the
/// language speaks to a boy and a girl differently. Forms can hold forms (a gendered phrase with a count).
/// </summary>
public sealed record Phrase(string? Text, IReadOnlyDictionary<string, Phrase>? Forms)
{
    public static Phrase Words(string text) => new(text, null);
}
