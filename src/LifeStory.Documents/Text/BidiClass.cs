using System.Text;

namespace LifeStory.Documents.Text;

/// <summary>A simplified bidirectional classification, done per word: enough for names and sentences in Arabic-script languages inside English and the reverse.</summary>
internal static class BidiClass
{
    /// <summary>True for right-to-left, false for left-to-right, null for a word with no strong letter (digits, punctuation).</summary>
    public static bool? Of(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeft(rune)) return true;
            if (Rune.IsLetter(rune)) return false;
        }
        return null;
    }

    public static bool IsRightToLeft(Rune rune) => rune.Value is
        >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF
        or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;
}
