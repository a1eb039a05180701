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

    /// <summary>
    /// A child protection conference's outcome: a letter to the child, a short summary for parents and carers that
    /// leads with what matters, and the full minutes for the record.
    /// </summary>
    Conference,

    /// <summary>The young person's pathway plan from 16, in their own words first, with a version for their adviser's record.</summary>
    PathwayPlan,
}
