namespace LifeStory.Documents.Model;

/// <summary>What the engine lays out: a title for the file's metadata and a flow of blocks.</summary>
public sealed record Document(DocumentInfo Info, IReadOnlyList<Block> Blocks);
