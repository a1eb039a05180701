using LifeStory.Checking;

namespace LifeStory.Pipeline;

/// <summary>What a run did: every finding, and the file it wrote (null when errors stopped it).</summary>
public sealed record RunResult(IReadOnlyList<Finding> Findings, string? OutputPath, int PageCount)
{
    /// <summary>Pictures left out at the user's request (--skip-bad-pictures), as case.yaml names them.</summary>
    public IReadOnlyList<string> SkippedPictures { get; init; } = [];

    /// <summary>For a booklet, the A4 sheets it prints on (each printed on both sides); 0 otherwise.</summary>
    public int Sheets { get; init; }

    public bool Succeeded => OutputPath is not null;

    /// <summary>What this reader's version leaves out or says in general words, for the sender to check.</summary>
    public Audiences.RedactionSummary Redaction { get; init; } = Audiences.RedactionSummary.Nothing;

    /// <summary>The output says DRAFT on every page: nobody has signed the book off, or the IRO has not signed the review's record.</summary>
    public bool Draft { get; init; }

    /// <summary>Written in a translation no qualified translator has checked: every page says "Translation not yet checked".</summary>
    public bool TranslationNotChecked { get; init; }
}
