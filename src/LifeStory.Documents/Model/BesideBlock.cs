namespace LifeStory.Documents.Model;

/// <summary>A picture beside some text: the picture takes a third of the column, the words the rest.</summary>
public sealed record BesideBlock(PictureBlock Picture, IReadOnlyList<Block> Blocks) : Block;
