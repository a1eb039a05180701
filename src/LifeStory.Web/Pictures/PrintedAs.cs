namespace LifeStory.Web.Pictures;

/// <summary>How a sensitive photo is printed (the case's `sensitive:`), so its crops are previewed the same way.</summary>
public sealed record PrintedAs(bool Smaller, bool BlackAndWhite)
{
    public static PrintedAs Usual { get; } = new(false, false);
}
