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
    public static void Run(CheckContext context, JargonRules words) =>
        CaseText.Walk(context.Case, "", (text, path) => Text(context, words, text, path));

    public static void Letter(CheckContext context, JargonRules words, IReadOnlyList<LetterParagraph> letter)
    {
        foreach (var finding in letter.SelectMany(p => words.Find(p.Text, WordingChecker.LetterField, null, inLetter: true)))
            context.Add(finding);
    }

    private static void Text(CheckContext context, JargonRules words, string text, string path)
    {
        if (ChildsOwnWords().IsMatch(path) || RecordOnly().IsMatch(path)) return;
        foreach (var finding in words.Find(text, path, context.Locate(path), inLetter: false)) context.Add(finding);
    }

    /// <summary>
    /// What the child said or wrote: my_words, what they called a drawing and said about it, what they said at a review
    /// or a conference, and a young person's own words in their pathway plan.
    /// </summary>
    [GeneratedRegex(@"^(my_words\[\d+\]\.(words|translation)|drawings\[\d+\]\.(title|words)|(reviews|conferences)\[\d+\]\.child_said(\.text)?|pathway_plan\.(about_me|goals\[\d+\]\.in_my_words))$")]
    internal static partial Regex ChildsOwnWords();

    /// <summary>A conference's full minutes are the professional record, written in its terms: only the record version prints them.</summary>
    [GeneratedRegex(@"^conferences\[\d+\]\.minutes$")]
    private static partial Regex RecordOnly();
}
