namespace LifeStory.Pipeline;

/// <summary>What a run makes from a case.</summary>
public enum Product
{
    /// <summary>The life-story book the child keeps.</summary>
    Book,

    /// <summary>The review minutes, written as a letter to the child.</summary>
    Minutes,

    /// <summary>The later-life letter, for the child to read as a teenager: the fuller story.</summary>
    LaterLifeLetter,
}
