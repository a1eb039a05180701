namespace LifeStory.Web.Editing.Drafts;

/// <summary>
/// What someone had typed in an edit form and not yet saved, kept every few seconds so a closed laptop or a lost
/// connection never loses an afternoon's writing. Encrypted like the case itself; only its writer can read it back.
/// A draft is closed, never deleted, when its words are saved as a version or its writer throws them away.
/// </summary>
public sealed class Draft
{
    public Guid Id { get; set; }

    public string AccountId { get; set; } = "";

    public Guid ChildId { get; set; }

    /// <summary>Which form: its address without the query ("/Children/{id}/Edit/Child").</summary>
    public string Form { get; set; } = "";

    /// <summary>The form's fields as JSON (name → value), including the version it was filled from, sealed.</summary>
    public byte[] Sealed { get; set; } = [];

    public DateTime SavedUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }
}
