namespace LifeStory.Documents.Model;

/// <summary>A bulleted or numbered list; each item holds blocks, so lists nest.</summary>
public sealed record ListBlock(IReadOnlyList<IReadOnlyList<Block>> Items, bool Ordered = false, int Start = 1) : Block;
