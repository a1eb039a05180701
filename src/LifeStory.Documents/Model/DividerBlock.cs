namespace LifeStory.Documents.Model;

/// <summary>A quiet horizontal line between parts of a page.</summary>
public sealed record DividerBlock : Block;
