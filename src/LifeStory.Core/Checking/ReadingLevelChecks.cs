using System.Globalization;
using LifeStory.Wording;

namespace LifeStory.Checking;

/// <summary>
/// Each paragraph of the letter is easy enough for the child to read, judged by what a reader trips on: a long
/// sentence, or long words that are neither names nor everyday words. The grade formula (reading age 9, grade 4,
/// under 12; reading age 12, grade 7, from 12) is believed only for paragraphs long enough for it to mean
/// something. A warning, never an error: the measures only count, they cannot understand.
/// </summary>
internal static class ReadingLevelChecks
{
    /// <summary>Below this the formula says more about one long name than about the writing ("With best wishes,").</summary>
    public const int FewestWords = 8;

    /// <summary>Flesch–Kincaid needs a fair sample: below this a single long word swings a paragraph by grades.</summary>
    public const int MeasurableWords = 40;

    public static double TargetGrade(int age) => age < 12 ? 4 : 7;

    /// <summary>Plain-language guides for children: about 15 words a sentence for the youngest, 20 to 25 for older readers.</summary>
    public static int LongestSentence(int age) => age < 8 ? 15 : age < 12 ? 20 : 25;

    /// <summary>How many long words a paragraph may have before it is hard: one for a young child, two from 12.</summary>
    public static int HardWordsAllowed(int age) => age < 12 ? 1 : 2;

    /// <summary>
    /// The easy-read letter's own aim: reading age 7 to 8 (grade 2), as easy-read writers aim for readers with
    /// learning disabilities; sentences of 15 words or fewer (GOV.UK's easy-read advice: "no more than ten to 15
    /// words", after the Department of Health's 2010 guidance); at most one long word a paragraph.
    /// </summary>
    public static ReadingTarget EasyRead { get; } = new(2, 15, 1, "a parent who needs easy read", "the easy-read letter");

    /// <summary>The aim for the child's own letter, from the child's age.</summary>
    public static ReadingTarget ForChild(string name, int age) =>
        new(TargetGrade(age), LongestSentence(age), HardWordsAllowed(age), $"{name}, aged {age.ToString(CultureInfo.InvariantCulture)}", null);

    public static void Run(CheckContext context, IReadOnlyList<LetterParagraph> letter)
    {
        var age = Ages.YearsOld(context.Case.Child.DateOfBirth, context.Today);
        Run(context, letter, ForChild(context.Case.Child.PreferredName, age));
    }

    /// <param name="source">Where a paragraph's words are written in case.yaml; the letter as a whole when null.</param>
    public static void Run(CheckContext context, IReadOnlyList<LetterParagraph> letter, ReadingTarget aim,
        Func<string, (string Field, SourceLocation? Location)>? source = null)
    {
        var target = aim.Grade;
        var name = context.Case.Child.PreferredName;
        var names = Names(context.Case);
        foreach (var text in letter.Where(p => p.Prose).Select(p => p.Text))
        {
            var reading = ParagraphReading.Of(text, names);
            if (reading.Measure.Words < FewestWords) continue;
            var reasons = new List<string>();
            if (reading.Measure.Words >= MeasurableWords && reading.Measure.Grade > target)
                reasons.Add(Text($"it reads at grade {reading.Measure.Grade:0.0} (reading age {reading.Measure.ReadingAge:0.0}), and grade {target:0} (reading age {ReadingLevel.ReadingAge(target):0}) or below is the aim"));
            if (reading.LongestSentence > aim.LongestSentence)
                reasons.Add(Text($"a sentence of {reading.LongestSentence} words, where {aim.LongestSentence} or fewer is easier"));
            if (reading.HardWords.Count > aim.HardWordsAllowed)
                reasons.Add("long words: " + string.Join(", ", reading.HardWords));
            if (reasons.Count == 0) continue;
            var (field, location) = source?.Invoke(text) ?? (WordingChecker.LetterField, null);
            context.Add(new Finding(Severity.Warning, WordingChecker.ReadingLevelCode, location, field,
                Text($"{(aim.Letter is null ? "" : "In " + aim.Letter + ", ")}\"{FirstWords(text)}\" may be hard for {aim.Reader}: ") + string.Join("; ", reasons) + ".",
                "Use shorter sentences and everyday words, or split the paragraph."));
        }
    }

    /// <summary>Every part of every name in the case: a reader knows the names in their own family's letter.</summary>
    public static IReadOnlySet<string> Names(LifeStory.Cases.Model.Case model) => model.People.SelectMany(p => new[] { p.Name, p.KnownAs })
        .Append(model.Child.PreferredName).Append(model.Child.LegalName).OfType<string>()
        .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    private static string FirstWords(string text)
    {
        var words = text.Split(' ');
        return words.Length <= 6 ? text : string.Join(' ', words.Take(6)) + "…";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
