namespace LifeStory.Documents.Model;

/// <summary>A picture with an optional caption, kept together with it. Source is resolved by the picture source.</summary>
public sealed record PictureBlock(string Source, string? Caption = null, PictureStyle? Style = null) : Block
{
    public PictureStyle Style { get; init; } = Style ?? PictureStyle.Default;
}
