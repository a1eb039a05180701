namespace LifeStory.Audiences;

/// <summary>A word or phrase a reader's version must not print, and what it is, for the sender's message.</summary>
/// <param name="Text">The name, surname, town, address or school as written in the case.</param>
/// <param name="What">"the name of Helen Carter, who is hidden from parents" — for the sender, never for the reader.</param>
public sealed record HiddenTerm(string Text, string What);
