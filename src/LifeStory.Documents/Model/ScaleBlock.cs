namespace LifeStory.Documents.Model;

/// <summary>A 0 to 10 scale drawn as a bar: the question asked, what each end means, and one marker per person.</summary>
public sealed record ScaleBlock(string ZeroMeans, string TenMeans, IReadOnlyList<ScaleMark> Marks, string? Question = null) : Block;
