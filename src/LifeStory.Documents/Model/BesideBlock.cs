using LifeStory.Documents.Decorations;

namespace LifeStory.Documents.Model;

/// <summary>
/// A picture beside some text: the picture takes a third of the column, the words the rest. An easy-read point
/// (<c>::: point house</c>) is the same shape with a smaller picture column: a photo when it has one, else the
/// drawn <see cref="Motif"/>; with neither, it is only its words.
/// </summary>
public sealed record BesideBlock(PictureBlock? Picture, IReadOnlyList<Block> Blocks) : Block
{
    /// <summary>Drawn in the picture's place when there is no picture.</summary>
    public Motif? Motif { get; init; }

    /// <summary>The share of the column the picture takes.</summary>
    public float PictureShare { get; init; } = 0.38f;

    /// <summary>One point of an easy-read page: a square picture, words beside it centred on it.</summary>
    public bool Point { get; init; }
}
