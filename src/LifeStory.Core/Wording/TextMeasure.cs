namespace LifeStory.Wording;

/// <summary>The counts a readability formula needs, and the scores worked out from them.</summary>
/// <param name="LongWords">Words of three or more syllables: the ones that make a text hard for a young reader.</param>
public sealed record TextMeasure(int Words, int Sentences, int Syllables, int LongWords)
{
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    public double Grade => Words == 0 ? 0 : ReadingLevel.FleschKincaidGrade(Words, Sentences, Syllables);

    public double Ease => Words == 0 ? 0 : ReadingLevel.FleschReadingEase(Words, Sentences, Syllables);

    public double ReadingAge => ReadingLevel.ReadingAge(Grade);

    public static TextMeasure operator +(TextMeasure a, TextMeasure b) =>
        new(a.Words + b.Words, a.Sentences + b.Sentences, a.Syllables + b.Syllables, a.LongWords + b.LongWords);
}
