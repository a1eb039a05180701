using System.Text.RegularExpressions;

namespace LifeStory.Wording;

/// <summary>
/// What makes one paragraph hard to read, in the words that make it so: its longest sentence and its long words.
/// Names count as one easy word (a child knows "Maisie" and "Nan" however many syllables they have), and so do the
/// everyday words young children know well ("family", "every", "birthday"); only then is the formula believed.
/// </summary>
public sealed partial record ParagraphReading(TextMeasure Measure, int LongestSentence, IReadOnlyList<string> HardWords)
{
    /// <summary>Words of three or more syllables that children in the first years of school read and say every day.</summary>
    private static readonly HashSet<string> Everyday = new(StringComparer.OrdinalIgnoreCase)
    {
        "family", "families", "every", "everyone", "everybody", "everything", "everywhere", "birthday", "birthdays", "holiday",
        "holidays", "together", "remember", "tomorrow", "yesterday", "another", "favourite", "anything", "anyone", "anybody",
        "something", "somebody", "someone", "nobody", "animal", "animals", "hospital", "computer", "video", "telephone",
        "banana", "elephant", "dinosaur", "dinosaurs", "butterfly", "library", "important", "Saturday", "Saturdays",
        "Wednesday", "Saturday", "January", "February", "already", "usually", "really", "different", "beautiful",
        "wonderful", "whenever", "however", "understand", "potato", "tomato", "unicorn", "sleepover", "grown-up", "grown-ups",
    };

    public static ParagraphReading Of(string text, IReadOnlySet<string> names)
    {
        var sentences = SentenceEnd().Split(text).Where(s => WordPattern().IsMatch(s)).ToList();
        var longest = 0;
        var words = 0;
        var syllables = 0;
        var longWords = 0;
        var hard = new List<string>();
        foreach (var sentence in sentences)
        {
            var inSentence = WordPattern().Matches(sentence).Select(m => m.Value).ToList();
            longest = Math.Max(longest, inSentence.Count);
            for (var i = 0; i < inSentence.Count; i++)
            {
                var word = inSentence[i];
                var name = names.Contains(word.TrimEnd('\'', 's')) || names.Contains(word) || (i > 0 && char.IsUpper(word[0]));
                var count = name || Everyday.Contains(word) ? Math.Min(2, ReadingLevel.Syllables(word)) : ReadingLevel.Syllables(word);
                words++;
                syllables += count;
                if (count < 3) continue;
                longWords++;
                if (!hard.Contains(word, StringComparer.OrdinalIgnoreCase)) hard.Add(word);
            }
        }
        return new ParagraphReading(new TextMeasure(words, Math.Max(words == 0 ? 0 : 1, sentences.Count), syllables, longWords), longest, hard);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?:])\s+")]
    private static partial Regex SentenceEnd();
}
