using LifeStory.Cases.Model;

namespace LifeStory.Reviews.PrintPack;

/// <summary>
/// One copy in a print pack: for whom, which version, how it goes, and the address when an adult's copy is posted.
/// </summary>
/// <param name="IsChild">The copy is for the child the letter is written to.</param>
/// <param name="LetterPages">How many pages the letter after the cover takes.</param>
public sealed record PackLetter(string RecipientName, bool IsChild, Audience Reader, PackRoute Route, string? Address, DateOnly ReviewDate, int LetterPages)
{
    /// <summary>An adult's copy: neither for the child nor the child's version, the only copies whose cover may show an address.</summary>
    public bool IsAdultCopy => !IsChild && Reader != Audience.Child;
}

/// <summary>How a copy reaches its reader.</summary>
public enum PackRoute
{
    Post,
    Email,
}
