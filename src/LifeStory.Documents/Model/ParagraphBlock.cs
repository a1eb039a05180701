namespace LifeStory.Documents.Model;

/// <summary>A paragraph of wrapped text.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines) : Block;
