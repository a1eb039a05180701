namespace LifeStory.Documents.Model;

/// <summary>Starts the next block on a new page.</summary>
public sealed record PageBreakBlock : Block;
