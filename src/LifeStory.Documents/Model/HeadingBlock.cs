namespace LifeStory.Documents.Model;

/// <summary>A heading, level 1 to 6. Level 1 starts a new page in themes that ask for it.</summary>
public sealed record HeadingBlock(int Level, IReadOnlyList<Inline> Inlines) : Block;
