using System.Text;

namespace LifeStory.Documents.Text;

/// <summary>
/// A word with a strong letter cut into the neutral characters before its first letter, the letters between, and
/// the neutral characters after its last letter ("(", "Yusuf", "،"). Why: Unicode's bidirectional algorithm gives
/// those neutrals a direction of their own (rule N1: the direction of the letters on both sides when they agree,
/// else the paragraph's, rule N2), so in an Arabic line a comma after an English name belongs to the Arabic and
/// sits at the line's left end, not glued to the name's right.
/// </summary>
internal readonly record struct WordPieces(IReadOnlyList<TextFragment> Leading, IReadOnlyList<TextFragment> Core, IReadOnlyList<TextFragment> Trailing)
{
    /// <param name="word">The word, in logical order.</param>
    /// <param name="leading">Cut off the neutral characters before its first letter.</param>
    /// <param name="trailing">Cut off the neutral characters after its last letter.</param>
    public static WordPieces Of(Word word, bool leading, bool trailing)
    {
        var fragments = word.Fragments;
        if (word.RightToLeft is null || fragments.Count == 0 || !leading && !trailing) return new([], fragments, []);
        var first = 0;
        while (leading && first < fragments.Count && IsNeutral(fragments[first].Text)) first++;
        var last = fragments.Count - 1;
        while (trailing && last > first && IsNeutral(fragments[last].Text)) last--;
        if (first > last) return new([], fragments, []);

        var before = fragments.Take(first).ToList();
        var after = fragments.Skip(last + 1).ToList();
        var core = fragments.Skip(first).Take(last - first + 1).ToList();
        // A neutral edge inside the same fragment as letters ("Rahman." shaped in one font) is cut off and shaped alone.
        var (start, middle) = leading ? SplitStart(core[0]) : (null, core[0]);
        if (start is not null)
        {
            before.Add(start);
            core[0] = middle;
        }
        var (inner, end) = trailing ? SplitEnd(core[^1]) : (core[^1], null);
        if (end is not null)
        {
            after.Insert(0, end);
            core[^1] = inner;
        }
        return new(before, core, after);
    }

    /// <summary>
    /// No letter of either direction: punctuation, symbols and digits take their direction from around them. The
    /// Arabic comma (U+060C) too: it lies in the Arabic block, but Unicode classes it as a common separator, a
    /// neutral, so after an English name it goes where the sentence around it goes.
    /// </summary>
    private static bool IsNeutral(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (IsStrong(rune)) return false;
        return true;
    }

    private static (TextFragment? Before, TextFragment Remainder) SplitStart(TextFragment fragment)
    {
        var i = 0;
        foreach (var rune in fragment.Text.EnumerateRunes())
        {
            if (IsStrong(rune)) break;
            i += rune.Utf16SequenceLength;
        }
        return i == 0 || !CanReshape(fragment) ? (null, fragment) : (Reshape(fragment, fragment.Text[..i]), Reshape(fragment, fragment.Text[i..]));
    }

    private static (TextFragment Remainder, TextFragment? After) SplitEnd(TextFragment fragment)
    {
        var text = fragment.Text;
        var i = text.Length;
        while (i > 0)
        {
            var start = char.IsLowSurrogate(text[i - 1]) && i > 1 ? i - 2 : i - 1;
            if (IsStrong(Rune.GetRuneAt(text, start))) break;
            i = start;
        }
        return i == text.Length || !CanReshape(fragment) ? (fragment, null) : (Reshape(fragment, text[..i]), Reshape(fragment, text[i..]));
    }

    private static bool IsStrong(Rune rune) => Rune.IsLetter(rune) || BidiClass.IsRightToLeft(rune) && rune.Value != ArabicComma;

    private const int ArabicComma = 0x060C;

    /// <summary>Stand-in digits are scaled to another face's height: they are never cut (a number is neutral whole anyway).</summary>
    private static bool CanReshape(TextFragment fragment) => fragment.GlyphScale == 1f;

    private static TextFragment Reshape(TextFragment fragment, string text) =>
        TextFragment.From(Shaper.Shape(fragment.Face, text), fragment.Size, fragment.Color, fragment.Link, text);
}
