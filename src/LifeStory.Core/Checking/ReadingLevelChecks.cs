using System.Globalization;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// Each paragraph of the letter is easy enough for the child to read: reading age 9 (grade 4) under 12,
/// reading age 12 (grade 7) from 12. A warning, never an error: the formula only counts, it cannot understand.
/// </summary>
internal static class ReadingLevelChecks
{
    /// <summary>Below this the formula says more about one long name than about the writing ("With best wishes,").</summary>
    public const int FewestWords = 8;

    public static double TargetGrade(int age) => age < 12 ? 4 : 7;

    public static void Run(CheckContext context, IReadOnlyList<LetterParagraph> letter)
    {
        var prose = letter.Where(p => p.Prose).Select(p => (p.Text, Measure: ReadingLevel.Measure(p.Text))).ToList();
        if (prose.Count == 0) return;
        var whole = prose.Select(p => p.Measure).Aggregate((a, b) => a + b);
        var age = Ages.YearsOld(context.Case.Child.DateOfBirth, context.Today);
        var target = TargetGrade(age);
        var name = context.Case.Child.PreferredName;
        foreach (var (text, measure) in prose)
        {
            if (measure.Words < FewestWords || measure.Grade <= target) continue;
            context.Add(new Finding(Severity.Warning, WordingChecker.ReadingLevelCode, null, WordingChecker.LetterField,
                Text($"\"{FirstWords(text)}\" reads at grade {measure.Grade:0.0} (reading age {measure.ReadingAge:0.0}); for {name}, aged {age}, aim for grade {target:0} (reading age {ReadingLevel.ReadingAge(target):0}) or below. The whole letter: grade {whole.Grade:0.0}, {whole.WordsPerSentence:0.0} words a sentence, {whole.LongWords} long words (3+ syllables)."),
                "Use shorter sentences and everyday words, or split the paragraph."));
        }
    }

    private static string FirstWords(string text)
    {
        var words = text.Split(' ');
        return words.Length <= 6 ? text : string.Join(' ', words.Take(6)) + "…";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
