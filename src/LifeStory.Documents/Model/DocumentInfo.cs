namespace LifeStory.Documents.Model;

/// <summary>The PDF's document information. Creation date is fixed unless given, so the same input gives the same bytes.</summary>
public sealed record DocumentInfo(
    string Title,
    string? Subject = null,
    string? Author = null,
    string Creator = "LifeStory",
    DateTime? Created = null)
{
    /// <summary>Words printed across every page, such as "DRAFT — not yet checked"; none when null.</summary>
    public string? Watermark { get; init; }

    /// <summary>The language the document is written in, as a BCP 47 tag ("en", "ar", "pl"): the HTML's lang.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whether the document's language is written right to left (Arabic, Persian, Pashto, Kurdish Sorani, Urdu, Hebrew…).</summary>
    public bool RightToLeft { get; init; }
}
