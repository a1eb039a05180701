using System.Globalization;
using System.Text;

namespace LifeStory.Documents.Text;

/// <summary>
/// Splits a paragraph into words at break opportunities (after spaces, after a hyphen or slash inside a
/// word, at hard line breaks) and shapes each word in pieces of one style and one font.
/// </summary>
internal static class WordBuilder
{
    public static List<Word> Build(TextSource source)
    {
        var words = new List<Word>();
        var text = source.Text;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                words.Add(Shape(source, start, i, i + 1, hardBreak: true));
                start = ++i;
                continue;
            }
            if (c == ' ')
            {
                var spacesEnd = i;
                while (spacesEnd < text.Length && text[spacesEnd] == ' ') spacesEnd++;
                words.Add(Shape(source, start, i, spacesEnd, hardBreak: false));
                start = i = spacesEnd;
                continue;
            }
            if ((c == '-' || c == '/') && i > start && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                words.Add(Shape(source, start, i + 1, i + 1, hardBreak: false));
                start = ++i;
                continue;
            }
            i++;
        }
        if (start < text.Length) words.Add(Shape(source, start, text.Length, text.Length, hardBreak: false));
        return words;
    }

    /// <summary>Shapes text[start..contentEnd) and counts text[contentEnd..end) as trailing space.</summary>
    public static Word Shape(TextSource source, int start, int contentEnd, int end, bool hardBreak)
    {
        var fragments = new List<TextFragment>();
        float width = 0;
        var pos = start;
        while (pos < contentEnd)
        {
            var owner = source.Owner[pos];
            var inline = source.Inlines[owner];
            var chain = source.Fonts.Chain(source.Style.Role, inline.Style);
            var face = FaceFor(chain, source.Text, pos);
            var pieceEnd = pos;
            var hasRightToLeft = false;
            var hasLeftToRight = false;
            // Plain digits standing in for a slashed zero's font go no further than the number.
            var plainDigits = face != chain[0] && char.IsAsciiDigit(source.Text[pos]);
            while (pieceEnd < contentEnd && source.Owner[pieceEnd] == owner)
            {
                var rune = Rune.GetRuneAt(source.Text, pieceEnd);
                // Punctuation closing a right-to-left word ("يوسف.") is its own piece, so in an English
                // sentence it can stay at the sentence's end instead of turning with the Arabic.
                if (hasRightToLeft && BidiClass.Of(source.Text.AsSpan(pieceEnd, contentEnd - pieceEnd)) is null) break;
                // Letters of both directions in one word ("وMargaret", Arabic "and" before a name) are shaped apart:
                // shaped together, HarfBuzz takes the whole piece as Arabic and sets the name backwards.
                var rightToLeftLetter = BidiClass.IsRightToLeft(rune);
                if (pieceEnd > pos && Rune.IsLetter(rune) && (hasRightToLeft ? !rightToLeftLetter : rightToLeftLetter && hasLeftToRight)) break;
                hasRightToLeft |= rightToLeftLetter;
                hasLeftToRight |= Rune.IsLetter(rune) && !rightToLeftLetter;
                if (!Joins(rune) && (!Takes(face, rune.Value) || plainDigits && !Rune.IsDigit(rune)) && FaceFor(chain, source.Text, pieceEnd) != face) break;
                pieceEnd += rune.Utf16SequenceLength;
            }
            var piece = source.Text[pos..pieceEnd];
            var fragment = TextFragment.From(Shaper.Shape(face, piece), SizeOf(source.Style, inline.Style), ColourOf(source.Style, inline.Style), inline.Link, piece,
                linesFrom: plainDigits ? chain[0] : null);
            fragments.Add(fragment);
            width += fragment.Width;
            pos = pieceEnd;
        }
        float trailing = 0;
        if (end > contentEnd && source.Text[contentEnd] == ' ')
        {
            var owner = source.Owner[contentEnd];
            var face = source.Fonts.Chain(source.Style.Role, source.Inlines[owner].Style)[0];
            trailing = Shaper.Shape(face, " ").Width(source.Style.Size) * (end - contentEnd);
        }
        var direction = BidiClass.Of(source.Text.AsSpan(start, contentEnd - start));
        return new Word(start, end, fragments, width, trailing, direction, hardBreak);
    }

    private static float SizeOf(ParagraphStyle paragraph, Model.InlineStyle style) =>
        paragraph.Size * (style.HasFlag(Model.InlineStyle.Large) ? 1.3f : style.HasFlag(Model.InlineStyle.Small) ? 0.85f : 1f);

    private static SkiaSharp.SKColor ColourOf(ParagraphStyle paragraph, Model.InlineStyle style) =>
        style.HasFlag(Model.InlineStyle.Accent) ? paragraph.AccentColor ?? paragraph.Color : paragraph.Color;

    private static FontFace FaceFor(IReadOnlyList<FontFace> chain, string text, int index)
    {
        var rune = Rune.GetRuneAt(text, index);
        foreach (var face in chain)
            if (Takes(face, rune.Value)) return face;
        return chain[0];
    }

    /// <summary>Whether a face draws this character: a face with a slashed zero leaves all its digits to plain ones after it.</summary>
    private static bool Takes(FontFace face, int codePoint) => face.Covers(codePoint) && !(codePoint is >= '0' and <= '9' && face.SlashedZero);

    /// <summary>Marks and joiners belong with the letter before them, whatever font covers them.</summary>
    private static bool Joins(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
    }
}
