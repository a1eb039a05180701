namespace LifeStory.Web.Security;

/// <summary>What someone wants to do with a child's record.</summary>
public enum ChildAction
{
    /// <summary>Open the record, its revisions and previews.</summary>
    View,

    /// <summary>Import a new revision, restore an old one, archive.</summary>
    Change,

    /// <summary>Make and download the book and letters.</summary>
    Generate,

    /// <summary>Download the case folder as a zip.</summary>
    Export,

    /// <summary>Sign off the book as the second person who checked it.</summary>
    SignOff,

    /// <summary>Read the child's audit trail.</summary>
    SeeAudit,

    /// <summary>Keep a review's distribution list and send its signed letters: the IRO's job.</summary>
    SendLetters,
    /// <summary>Record a review meeting (or correct a signed record): the IRO who chairs it, or a team manager.</summary>
    RecordReview,
    /// <summary>Sign a review's record as its IRO, which makes the record final.</summary>
    SignReview,
}
