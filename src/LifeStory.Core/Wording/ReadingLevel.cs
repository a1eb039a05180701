using System.Text.RegularExpressions;

namespace LifeStory.Wording;

/// <summary>
/// How hard a text is to read, by the Flesch formulas: only counts of words, sentences and syllables, so it
/// needs no dictionary and gives the same answer on every machine. Good enough to spot a paragraph that is too
/// hard for a seven-year-old; not a precise measure, and never a reason to stop a letter being made.
/// </summary>
public static partial class ReadingLevel
{
    /// <summary>Flesch Reading Ease: 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words). Higher is easier.</summary>
    public static double FleschReadingEase(int words, int sentences, int syllables) =>
        206.835 - 1.015 * ((double)words / sentences) - 84.6 * ((double)syllables / words);

    /// <summary>Flesch–Kincaid Grade: 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59. A US school grade.</summary>
    public static double FleschKincaidGrade(int words, int sentences, int syllables) =>
        0.39 * ((double)words / sentences) + 11.8 * ((double)syllables / words) - 15.59;

    /// <summary>US grade 1 is for six-year-olds, so a reading age is roughly the grade plus five.</summary>
    public static double ReadingAge(double grade) => grade + 5;

    /// <summary>The words of a text: runs of letters, digits and apostrophes ("don't" and "25" are one word each).</summary>
    public static IReadOnlyList<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Sentences end at . ! or ?; text after the last one (a heading, a list item) still counts as one.</summary>
    public static int Sentences(string text) =>
        SentenceEnd().Split(text).Count(part => WordPattern().IsMatch(part));

    public static TextMeasure Measure(string text)
    {
        var words = Words(text);
        var syllables = words.Select(Syllables).ToList();
        return new TextMeasure(words.Count, Math.Max(words.Count == 0 ? 0 : 1, Sentences(text)), syllables.Sum(), syllables.Count(s => s >= 3));
    }

    /// <summary>
    /// Syllables in one word, by a heuristic: count groups of vowels (a e i o u, and y when not the first
    /// letter), then take one off for a silent final e ("make"), -es ("makes") or -ed ("talked"), except
    /// after a consonant in -le and -les ("table", "tables"), -es after s x z g c or ch/sh ("boxes", "pages"), and -ed after
    /// t or d ("wanted"); every word has at least one. Numbers count as one.
    /// Known misses: vowels said apart ("idea", "create", "lion", "poem", "quiet", "beyond"), y between
    /// vowels, and "rhythm"; it is right for the everyday words a letter to a child uses.
    /// </summary>
    public static int Syllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (w.Length == 0) return 1;
        if (w.Length <= 3) return 1;
        var count = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w, i);
            if (vowel && !inGroup) count++;
            inGroup = vowel;
        }
        if (SilentEnding(w)) count--;
        return Math.Max(1, count);
    }

    private static bool IsVowel(string w, int i) => w[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (w[i] == 'y' && i > 0);

    /// <summary>True when the word ends in an e that forms its own vowel group but is not said.</summary>
    private static bool SilentEnding(string w)
    {
        int e;
        if (w.EndsWith('e')) e = w.Length - 1;
        else if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) e = w.Length - 2;
        else return false;
        if (e < 1 || IsVowel(w, e - 1)) return false;
        var before = w[e - 1];
        var ending = w[e..];
        return ending switch
        {
            "e" => !ConsonantLe(w, e),
            "es" => !ConsonantLe(w, e) && before is not ('s' or 'x' or 'z' or 'g' or 'c') && !(before == 'h' && e >= 2 && w[e - 2] is 'c' or 's'),
            _ => before is not ('t' or 'd'),
        };
    }

    /// <summary>"-ble", "-tle": the e is silent but the l makes its own syllable, so nothing comes off.</summary>
    private static bool ConsonantLe(string w, int e) => w[e - 1] == 'l' && e >= 2 && !IsVowel(w, e - 2);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial Regex SentenceEnd();
}
