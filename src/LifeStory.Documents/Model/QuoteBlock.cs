namespace LifeStory.Documents.Model;

/// <summary>Words someone said, drawn as a speech bubble: the child's own words.</summary>
public sealed record QuoteBlock(IReadOnlyList<Block> Blocks) : Block;
