namespace LifeStory.Web.Reviews.Sending;

/// <summary>How a letter reaches its reader: printed and posted (or handed over), or emailed through the council's relay.</summary>
public enum LetterRoute
{
    Post,
    Email,
}
