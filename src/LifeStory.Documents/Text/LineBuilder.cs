namespace LifeStory.Documents.Text;

/// <summary>
/// Turns the words chosen for one line into a <see cref="TextLine"/>: words put in visual order by their
/// bidirectional levels (right-to-left runs reversed), positioned, measured and aligned.
/// </summary>
internal static class LineBuilder
{
    /// <param name="before">The direction of the paragraph's last word with a letter before this line (null: none).</param>
    /// <param name="after">The direction of its first word with a letter after this line (null: none), so punctuation
    /// at a line's end takes its direction from the text it leads into, as the bidirectional algorithm resolves it over
    /// the whole paragraph before the lines are cut.</param>
    public static TextLine Build(IReadOnlyList<Word> words, ParagraphStyle style, float maxWidth, bool rightToLeft,
        bool? before = null, bool? after = null)
    {
        var placed = new List<PlacedFragment>(words.Count * 2);
        float x = 0, ascent = 0, descent = 0;
        // A paragraph that reads right to left (on any page: an Arabic part of a bilingual letter, a child's words in
        // Arabic in an English book) has its spaces placed by the bidirectional order too, so none is lost or doubled.
        if (style.OnRightToLeftPage || rightToLeft)
        {
            foreach (var (fragments, isSpace, index) in VisualPieces(words, rightToLeft, before, after))
            {
                if (isSpace)
                {
                    AddSpace(placed, words[index], x);
                    x += words[index].TrailingSpace;
                    continue;
                }
                foreach (var fragment in fragments)
                {
                    placed.Add(new PlacedFragment(fragment, x));
                    x += fragment.Width;
                    ascent = Math.Max(ascent, fragment.LineAscent);
                    descent = Math.Max(descent, fragment.LineDescent);
                }
            }
            return Finish(placed, x, ascent, descent, style, maxWidth, rightToLeft);
        }
        var order = VisualOrder(words, rightToLeft);
        var logicalLast = words.Count > 0 ? words[^1] : null;
        foreach (var index in order)
        {
            var word = words[index];
            var nextIsRightToLeft = index + 1 < words.Count ? words[index + 1].RightToLeft == true : rightToLeft;
            // The space after a right-to-left word lies to its left when the text goes on right to left.
            var spaceBefore = word.RightToLeft == true && nextIsRightToLeft && !ReferenceEquals(word, logicalLast);
            if (spaceBefore)
            {
                AddSpace(placed, word, x);
                x += word.TrailingSpace;
            }
            foreach (var fragment in VisualFragments(word, rightToLeft))
            {
                placed.Add(new PlacedFragment(fragment, x));
                x += fragment.Width;
                ascent = Math.Max(ascent, fragment.LineAscent);
                descent = Math.Max(descent, fragment.LineDescent);
            }
            if (!spaceBefore && !ReferenceEquals(word, logicalLast))
            {
                AddSpace(placed, word, x);
                x += word.TrailingSpace;
            }
        }
        return Finish(placed, x, ascent, descent, style, maxWidth, rightToLeft);
    }

    private static TextLine Finish(List<PlacedFragment> placed, float x, float ascent, float descent, ParagraphStyle style, float maxWidth, bool rightToLeft)
    {
        var nominal = style.Size * style.LineHeight;
        var height = Math.Max(nominal, (ascent + descent) * 1.1f);
        var baseline = placed.Count == 0 ? height * 0.75f : (height - (ascent + descent)) / 2 + ascent;
        // On a right-to-left page the layout is made as if left to right and mirrored at the end, so every line
        // starts at the left here and at the right once mirrored: lines follow the page, as text-align: start
        // does under dir="rtl", and a list's English item lines up with its Arabic ones at the right edge.
        var startAtRight = !style.OnRightToLeftPage && rightToLeft;
        var offset = style.Align switch
        {
            TextAlign.Center => (maxWidth - x) / 2,
            TextAlign.End => startAtRight ? 0 : maxWidth - x,
            _ => startAtRight ? maxWidth - x : 0,
        };
        return new TextLine(placed, x, height, baseline, Math.Max(0, offset));
    }

    /// <summary>
    /// A real space glyph between words: invisible, but it makes copying, searching and screen readers
    /// see separate words rather than guessing them from gaps.
    /// </summary>
    private static void AddSpace(List<PlacedFragment> placed, Word word, float x)
    {
        if (word.TrailingSpace <= 0 || word.Fragments.Count == 0) return;
        var last = word.Fragments[^1];
        var space = TextFragment.From(Shaper.Shape(last.Face, " "), last.Size, last.Color, null, " ");
        placed.Add(new PlacedFragment(space with { Width = word.TrailingSpace }, x));
    }

    /// <summary>
    /// A right-to-left word's pieces run right to left; punctuation closing it stays at the end of the
    /// sentence's own direction (after it in an English sentence).
    /// </summary>
    private static IEnumerable<TextFragment> VisualFragments(Word word, bool rightToLeftParagraph)
    {
        if (word.RightToLeft != true) return word.Fragments;
        var core = word.Fragments.Count;
        if (!rightToLeftParagraph)
            while (core > 1 && BidiClass.Of(word.Fragments[core - 1].Text) is null) core--;
        return word.Fragments.Take(core).Reverse().Concat(word.Fragments.Skip(core));
    }

    /// <summary>
    /// Words, their neutral edges and the spaces between them in visual order, for right-to-left paragraphs and
    /// pages. Each space and each neutral edge is placed by the bidirectional algorithm (rule N1: between letters of
    /// one direction it takes theirs, rule N2: between letters of different directions the paragraph's), so a space
    /// always lies between the two words it separates, and a comma or full stop after an English name in an
    /// Arabic sentence ("عزيزي Yusuf،") belongs to the Arabic: it sits after the name in reading order, on the
    /// name's left, not between the name and the Arabic word before it.
    /// </summary>
    private static List<(IReadOnlyList<TextFragment> Fragments, bool Space, int Word)> VisualPieces(IReadOnlyList<Word> words, bool rightToLeft,
        bool? before, bool? after)
    {
        var levels = Levels(words, rightToLeft);
        var paragraph = rightToLeft ? 1 : 0;
        var elements = new List<(IReadOnlyList<TextFragment> Fragments, bool Space, int Word)>(words.Count * 2);
        var elementLevels = new List<int>(words.Count * 2);
        // A word with no letter counts as the direction it took (digits count as right to left beside Arabic, rule N1).
        bool StrongAt(int i) => i < 0 ? before ?? rightToLeft : i >= words.Count ? after ?? rightToLeft : words[i].RightToLeft ?? levels[i] % 2 == 1;
        for (var i = 0; i < words.Count; i++)
        {
            // Only an English word in a right-to-left paragraph has edges whose level can differ from its letters':
            // they go with the paragraph unless English goes on on that side. An Arabic word's edges always take its own level.
            var english = words[i].RightToLeft == false && rightToLeft;
            var pieces = WordPieces.Of(words[i], leading: english && StrongAt(i - 1), trailing: english && StrongAt(i + 1));
            // Edges cut off sit at the paragraph's level, in a right-to-left run: their pieces read right to left.
            if (pieces.Leading.Count > 0)
            {
                elements.Add(([.. pieces.Leading.Reverse()], false, i));
                elementLevels.Add(paragraph);
            }
            elements.Add((words[i].RightToLeft == true ? [.. pieces.Core.Reverse()] : pieces.Core, false, i));
            elementLevels.Add(levels[i]);
            if (pieces.Trailing.Count > 0)
            {
                elements.Add(([.. pieces.Trailing.Reverse()], false, i));
                elementLevels.Add(paragraph);
            }
            if (i == words.Count - 1 || words[i].TrailingSpace <= 0) continue;
            elements.Add(([], true, i));
            elementLevels.Add(levels[i] % 2 == levels[i + 1] % 2 ? Math.Min(levels[i], levels[i + 1]) : paragraph);
        }
        var order = elements.ToArray();
        Reverse(order, [.. elementLevels]);
        return [.. order];
    }

    /// <summary>
    /// Unicode's rule L2 at word level: levels are 0 for left-to-right words (2 inside a right-to-left
    /// paragraph) and 1 for right-to-left words; then every run at or above each level is reversed, highest first.
    /// </summary>
    private static int[] VisualOrder(IReadOnlyList<Word> words, bool rightToLeft)
    {
        var order = new int[words.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Almost every line is left-to-right throughout: nothing to reorder.
        if (!rightToLeft && words.All(w => w.RightToLeft != true)) return order;

        Reverse(order, Levels(words, rightToLeft));
        return order;
    }

    /// <summary>
    /// Each word's level: 0 for left-to-right words (2 inside a right-to-left paragraph), 1 for right-to-left
    /// words, and a word with no strong letter (digits, punctuation) the level of the word before it.
    /// </summary>
    private static int[] Levels(IReadOnlyList<Word> words, bool rightToLeft)
    {
        var levels = new int[words.Count];
        var previous = rightToLeft ? 1 : 0;
        for (var i = 0; i < words.Count; i++)
        {
            levels[i] = words[i].RightToLeft switch
            {
                true => 1,
                false => rightToLeft ? 2 : 0,
                null => previous,
            };
            previous = levels[i];
        }
        return levels;
    }

    /// <summary>Rule L2: from the highest level down to 1, every run at or above the level is reversed.</summary>
    private static void Reverse<T>(T[] order, int[] levels)
    {
        var max = levels.Length == 0 ? 0 : levels.Max();
        for (var level = max; level >= 1; level--)
        {
            var i = 0;
            while (i < order.Length)
            {
                if (levels[i] < level) { i++; continue; }
                var j = i;
                while (j < order.Length && levels[j] >= level) j++;
                Array.Reverse(order, i, j - i);
                Array.Reverse(levels, i, j - i);
                i = j;
            }
        }
    }
}
