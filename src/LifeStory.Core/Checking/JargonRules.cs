using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// The jargon list read for one child: a term that is right from an age ("pathway plan" from 16) is explained,
/// not avoided, once the child is that old and the glossary has words for it; younger, it is jargon like any other.
/// </summary>
internal sealed record JargonRules(JargonDictionary Words, Glossary Glossary, int Age)
{
    public IEnumerable<Finding> Find(string text, string field, SourceLocation? location, bool inLetter) =>
        Words.Find(text).Select(match => For(match, field, location, inLetter));

    private Finding For(JargonMatch match, string field, SourceLocation? location, bool inLetter)
    {
        if (match.Term.FromAge is { } from && Age >= from && Glossary.Explaining(match.Term.Term) is { } entry)
        {
            var where = inLetter
                ? "say what it means the first time the letter uses it"
                : "the book explains it on its \"Words grown-ups use\" page";
            return new(Severity.Note, WordingChecker.ExplainedTermCode, location, field,
                $"\"{match.Found}\" is the right word at {Age} (from {from}): {where}.", $"It means: {entry.Means}");
        }
        return new(Severity.Warning, WordingChecker.JargonCode, location, field, $"\"{match.Found}\" is social-work jargon.", match.Term.Fix);
    }
}
