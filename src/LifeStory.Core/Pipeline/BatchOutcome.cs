namespace LifeStory.Pipeline;

/// <summary>What a batch did with one case.</summary>
public enum BatchOutcome
{
    /// <summary>Its letter (or every reader's letter) was written.</summary>
    Made,

    /// <summary>It has no review meetings yet, so no letter is due: not a failure.</summary>
    NothingToWrite,

    /// <summary>It has errors, or something went wrong; nothing of it counts as made.</summary>
    Failed,
}
