namespace LifeStory.Documents.Model;

/// <summary>A table whose first row is its header, repeated at the top of every page the table runs onto.</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<Inline>> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;
