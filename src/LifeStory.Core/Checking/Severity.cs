namespace LifeStory.Checking;

/// <summary>
/// An error stops an output being made; a warning is printed and the output is still made; a note only tells
/// the writer something worth knowing (a word that is right at the child's age, and how the book explains it).
/// </summary>
public enum Severity
{
    Error,
    Warning,
    Note,
}
