namespace LifeStory.Web.Reviews.Sending;

/// <summary>Where one reader's copy stands.</summary>
public enum SendingState
{
    NotSent,
    Sent,

    /// <summary>Sent, then a correction was signed: this reader holds a version that is no longer the record.</summary>
    ChangedSinceSent,
}
