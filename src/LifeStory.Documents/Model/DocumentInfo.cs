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

    /// <summary>The language the document is written in, as a BCP 47 tag ("ar", "ti-ER"); unknown when null.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The document reads right to left (Arabic, Urdu, Farsi, Hebrew): pages flow from the right, lists, tables,
    /// timelines and scales run from the right, and a booklet is bound on the right.
    /// </summary>
    public bool RightToLeft { get; init; }
}
