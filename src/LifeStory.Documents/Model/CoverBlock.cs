namespace LifeStory.Documents.Model;

/// <summary>A whole cover page: a big title, an optional picture and a line under it.</summary>
public sealed record CoverBlock(string Title, string? Subtitle = null, string? PictureSource = null) : Block;
