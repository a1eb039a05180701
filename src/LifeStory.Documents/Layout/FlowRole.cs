namespace LifeStory.Documents.Layout;

/// <summary>
/// What a slice of the flow is, kept on the laid-out pages so rules about where pages break (a heading never
/// ends a page, a picture stays with the words that lead to it) can be checked on the result, not guessed from ink.
/// </summary>
public enum FlowRole
{
    /// <summary>Lines of a paragraph, a list, a quote: reading text.</summary>
    Text,

    Heading,

    /// <summary>A photo (or a grid of them) with its caption.</summary>
    Picture,

    /// <summary>A child's drawing: a scanned picture trimmed of its empty paper, whose words follow it.</summary>
    Drawing,

    /// <summary>A letter's sign-off: "With best wishes," and the name under it.</summary>
    Closing,

    /// <summary>The cover, which owns its page.</summary>
    Cover,

    /// <summary>Anything else drawn in the flow: a panel, a table, a tree, a timeline.</summary>
    Other,
}
