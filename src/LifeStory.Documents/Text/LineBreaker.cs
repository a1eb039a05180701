namespace LifeStory.Documents.Text;

/// <summary>
/// Breaks a paragraph into lines that fit a width: ragged, no hyphenation (young readers), a word longer than
/// the whole line split between letters rather than allowed to overflow.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<Model.Inline> inlines, ParagraphStyle style, FontLibrary fonts, float maxWidth)
    {
        var source = new TextSource(inlines, style, fonts);
        var words = WordBuilder.Build(source);
        var rightToLeft = BaseDirection(words, style.OnRightToLeftPage);
        var lines = new List<TextLine>();
        var current = new List<Word>();
        float width = 0, pendingSpace = 0;
        // The paragraph's words the line holds (a long word cut in pieces is one word): the letters on either side
        // of a line decide the direction of the punctuation at its ends.
        int first = 0, last = -1;

        void Flush()
        {
            var before = Strong(words, first - 1, -1);
            var after = Strong(words, last + 1, 1);
            first = last + 1;
            lines.Add(LineBuilder.Build(current, style, maxWidth, rightToLeft, before, after));
            current.Clear();
            width = pendingSpace = 0;
        }

        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            if (word.Width > maxWidth)
            {
                if (current.Count > 0) Flush();
                var pieces = SplitLongWord(source, word, maxWidth);
                for (var p = 0; p < pieces.Count - 1; p++)
                {
                    current.Add(pieces[p]);
                    (first, last) = (index, index - 1);
                    Flush();
                }
                first = index;
                word = pieces[^1];
            }
            if (current.Count > 0 && width + pendingSpace + word.Width > maxWidth) Flush();
            last = index;
            width += (current.Count > 0 ? pendingSpace : 0) + word.Width;
            pendingSpace = word.TrailingSpace;
            current.Add(word);
            if (word.HardBreakAfter) Flush();
        }
        if (current.Count > 0) Flush();
        return lines;
    }

    /// <summary>The direction of the nearest word with a letter from index on, going by step; null when there is none.</summary>
    private static bool? Strong(List<Word> words, int index, int step)
    {
        for (var i = index; i >= 0 && i < words.Count; i += step)
            if (words[i].RightToLeft is { } direction) return direction;
        return null;
    }

    /// <summary>
    /// Unicode's rules P2 and P3 (the first strong letter decides) on a left-to-right page. On a right-to-left
    /// page the page's direction is the paragraph's, as <c>dir="rtl"</c> makes it in HTML, unless the paragraph
    /// has no right-to-left letter and some left-to-right one: so "Sam يحب كرة القدم" starts at the right with
    /// "Sam", while a paragraph wholly in English keeps its own direction, as its own <c>dir</c> would give it.
    /// </summary>
    private static bool BaseDirection(List<Word> words, bool rightToLeftPage)
    {
        if (!rightToLeftPage) return words.Select(w => w.RightToLeft).FirstOrDefault(d => d is not null) ?? false;
        return words.Any(w => w.RightToLeft == true) || words.All(w => w.RightToLeft != false);
    }

    /// <summary>
    /// Cuts a word into pieces that each fit, longest first, never inside a surrogate pair. Each piece is found by
    /// shaping only a window a little wider than one line (widened while it still fits), never the rest of the word:
    /// a 100,000-letter word then costs about as much as 100,000 letters of ordinary text, not a shaping of the
    /// whole remainder for every line.
    /// </summary>
    private static List<Word> SplitLongWord(TextSource source, Word word, float maxWidth)
    {
        var pieces = new List<Word>();
        var contentEnd = word.End;
        while (contentEnd > word.Start && source.Text[contentEnd - 1] == ' ') contentEnd--;
        var letters = Math.Max(1, contentEnd - word.Start);
        // About two lines' worth of letters, from the word's own average advance.
        var window = (int)Math.Clamp(2 * maxWidth / Math.Max(word.Width / letters, 0.01f), 16, 100_000);
        var start = word.Start;
        while (true)
        {
            if (contentEnd - start <= window || contentEnd - start <= 1)
            {
                var rest = WordBuilder.Shape(source, start, contentEnd, word.End, word.HardBreakAfter);
                if (rest.Width <= maxWidth || contentEnd - start <= 1)
                {
                    pieces.Add(rest);
                    return pieces;
                }
            }
            var limit = Math.Min(contentEnd - 1, start + window);
            // A window that still fits holds narrower letters than the average: widen it until it does not.
            while (limit < contentEnd - 1 && WordBuilder.Shape(source, start, limit, limit, false).Width <= maxWidth)
            {
                window *= 2;
                limit = Math.Min(contentEnd - 1, start + window);
            }
            int lo = start + 1, hi = limit;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (WordBuilder.Shape(source, start, mid, mid, false).Width <= maxWidth) lo = mid; else hi = mid - 1;
            }
            if (char.IsLowSurrogate(source.Text[lo]) && lo - 1 > start) lo--;
            pieces.Add(WordBuilder.Shape(source, start, lo, lo, false));
            start = lo;
        }
    }
}
