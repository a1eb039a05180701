namespace LifeStory.Documents.Model;

/// <summary>A contents list of the document's level-1 headings with their page numbers, each a link to its page.</summary>
public sealed record ContentsBlock(string Title = "Contents") : Block;
