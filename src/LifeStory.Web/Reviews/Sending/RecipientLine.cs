using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>One recipient as the page shows them: the stored line with the person's name from the case and their addresses opened.</summary>
public sealed record RecipientLine(LetterRecipient Row, string Name, string Relationship, bool IsChild, Audience Reader, string? Email, string? Address, SendingState State)
{
    public LetterRoute Route => Row.Route;

    /// <summary>The words their copy is in; a value no longer understood reads as English rather than sending nothing.</summary>
    public Documents.Languages.DocumentLanguage Language => Documents.Languages.DocumentLanguage.Parse(Row.Language) ?? Documents.Languages.DocumentLanguage.English;

    /// <summary>Still waiting to be sent: never sent, or sent before a correction.</summary>
    public bool Waiting => State != SendingState.Sent;
}
