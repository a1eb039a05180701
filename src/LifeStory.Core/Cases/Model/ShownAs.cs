namespace LifeStory.Cases.Model;

/// <summary>
/// A different name for one reader, without hiding the person: birth parents can read about "Ruby's mummy"
/// while the child's version says "Mummy" and the record keeps her full name.
/// </summary>
public sealed record ShownAs(
    [Describe("The name the child's version uses instead.")] string? Child = null,
    [Describe("The name the carers' version uses instead.")] string? Carers = null,
    [Describe("The name the parents' version uses instead, such as \"Ruby's mummy\".")] string? Parents = null)
{
    /// <summary>The name for this reader, or null to use the person's own.</summary>
    public string? For(Audience reader) => reader switch
    {
        Audience.Child => Child,
        Audience.Carers => Carers,
        Audience.Parents => Parents,
        _ => null,
    };
}
