namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// One line of a review's distribution list: which of the child's people gets which version, by which route, and
/// when it was last sent. Email and postal addresses are personal data, so they are stored sealed (see
/// <see cref="Storage.Sealer"/>), each under its own purpose. A line taken off the list is marked, never deleted, so
/// what was sent to whom stays readable beside the audit trail.
/// </summary>
public sealed class LetterRecipient
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    public DateOnly ReviewDate { get; set; }

    /// <summary>
    /// Which meeting of that day the list is for: "review", or "conference" for a child protection conference's
    /// outcome, or a pathway plan (<see cref="Meetings.MeetingKind.Name"/>). Lists made before conferences existed are reviews'.
    /// </summary>
    public string Meeting { get; set; } = Meetings.MeetingKind.Review.Name;

    /// <summary>The person's id in case.yaml; null for the child.</summary>
    public string? PersonId { get; set; }

    /// <summary>child, carers, parents or record: the version this person is sent.</summary>
    public string Reader { get; set; } = "";

    /// <summary>
    /// The words this person's copy is in: null for English, else a <see cref="Documents.Languages.DocumentLanguage"/>
    /// value ("ar", "en+ar", "easy-read"). Lists made before there was a choice are English.
    /// </summary>
    public string? Language { get; set; }

    public LetterRoute Route { get; set; }

    public byte[]? SealedEmail { get; set; }

    public byte[]? SealedAddress { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTime AddedUtc { get; set; }

    public DateTime? RemovedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public LetterRoute? SentRoute { get; set; }

    /// <summary>How many signatures the review had when it was sent: a later one is a correction this reader has not had.</summary>
    public int SentSignatures { get; set; }

    /// <summary>The SHA-256 of what was sent (the letter, or the print pack it was in), as the audit entry records it.</summary>
    public string? SentHash { get; set; }
}
