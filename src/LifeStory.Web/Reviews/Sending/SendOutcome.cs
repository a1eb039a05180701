namespace LifeStory.Web.Reviews.Sending;

/// <summary>What sending one copy came to: refused with words that say why and what to do, or sent, with the PDF for the post route.</summary>
public sealed record SendOutcome(string? Problem, byte[]? Pdf, string? Hash)
{
    public bool Sent => Problem is null;

    public static SendOutcome Refused(string problem) => new(problem, null, null);
}
