namespace LifeStory.Web.CouncilTemplates;

/// <summary>
/// One upload of a council's templates folder (the CLI's --templates): kept for ever, so going back to an earlier
/// wording is a click. Which set is in use is a setting, not a flag here, so exactly one (or none) is live.
/// </summary>
public sealed class TemplateSet
{
    public Guid Id { get; set; }

    /// <summary>1, 2, 3… in upload order, for people to talk about ("set 4").</summary>
    public int Number { get; set; }

    /// <summary>What changed, in the uploader's words.</summary>
    public string Note { get; set; } = "";

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The zip of the folder as uploaded, in the encrypted file store.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The files in the set, one path per line (book/cover.sbn…), for the list page.</summary>
    public string Files { get; set; } = "";

    /// <summary>When its trial against the sample children found no error: only then can it go live.</summary>
    public bool Passed { get; set; }
}
