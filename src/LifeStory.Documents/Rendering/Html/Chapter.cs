namespace LifeStory.Documents.Rendering.Html;

/// <summary>A level-1 heading as the contents list links to it.</summary>
internal sealed record Chapter(string Id, string Title);
