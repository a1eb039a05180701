namespace LifeStory.Documents.Model;

/// <summary>The PDF's document information. Creation date is fixed unless given, so the same input gives the same bytes.</summary>
public sealed record DocumentInfo(
    string Title,
    string? Subject = null,
    string? Author = null,
    string Creator = "LifeStory",
    DateTime? Created = null);
