using System.Text.RegularExpressions;
using LifeStory.Cases.Loading;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// Social-work jargon in what the grown-ups wrote in case.yaml, and in the letter the child will read.
/// The child's own words are never flagged: they said it, and it stays as they said it.
/// </summary>
internal static partial class JargonChecks
{
    public static void Run(CheckContext context, JargonDictionary words) =>
        CaseText.Walk(context.Case, "", (text, path) => Text(context, words, text, path));

    public static void Letter(CheckContext context, JargonDictionary words, IReadOnlyList<LetterParagraph> letter)
    {
        foreach (var match in letter.SelectMany(p => words.Find(p.Text)))
            context.Add(Finding(match, WordingChecker.LetterField, null));
    }

    private static void Text(CheckContext context, JargonDictionary words, string text, string path)
    {
        if (ChildsOwnWords().IsMatch(path)) return;
        foreach (var match in words.Find(text)) context.Add(Finding(match, path, context.Locate(path)));
    }

    private static Finding Finding(JargonMatch match, string field, SourceLocation? location) =>
        new(Severity.Warning, WordingChecker.JargonCode, location, field, $"\"{match.Found}\" is social-work jargon.", match.Term.Fix);

    /// <summary>What the child said or wrote: my_words, what they called a drawing and said about it, and what they said at a review.</summary>
    [GeneratedRegex(@"^(my_words\[\d+\]\.(words|translation)|drawings\[\d+\]\.(title|words)|reviews\[\d+\]\.child_said(\.text)?)$")]
    internal static partial Regex ChildsOwnWords();
}
