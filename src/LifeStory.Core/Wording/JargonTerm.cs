namespace LifeStory.Wording;

/// <summary>One entry of words/jargon.yaml: a social-work word, what to say instead, and an optional note.</summary>
/// <param name="Instead">Words to use, or advice in brackets such as "(use the child's name)".</param>
/// <param name="FromAge">
/// The age from which the term is the right one for the child to know (a "pathway plan" is written with every
/// young person from 16): from then it is explained, not avoided, as long as the glossary explains it.
/// </param>
public sealed record JargonTerm(string Term, string Instead, string? Note = null, int? FromAge = null)
{
    /// <summary>How to put it right, in a sentence: advice in brackets is given as it is, words are quoted.</summary>
    public string Fix
    {
        get
        {
            var advice = Instead.StartsWith('(') && Instead.EndsWith(')') && Instead.IndexOf(')') == Instead.Length - 1;
            var fix = advice
                ? char.ToUpperInvariant(Instead[1]) + Instead[2..^1] + " instead."
                : $"Say \"{Instead}\" instead.";
            return Note is null ? fix : fix + " " + Note;
        }
    }
}
