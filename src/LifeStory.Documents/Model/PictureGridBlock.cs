namespace LifeStory.Documents.Model;

/// <summary>Two, three or four pictures side by side (more wrap onto further rows), each with its caption.</summary>
public sealed record PictureGridBlock(IReadOnlyList<PictureBlock> Pictures) : Block;
