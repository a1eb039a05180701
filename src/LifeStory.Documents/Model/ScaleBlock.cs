namespace LifeStory.Documents.Model;

/// <summary>A 0 to 10 scale drawn as a bar: the question asked, what each end means, and one marker per person.</summary>
/// With faces, a sad face sits by 0 and a happy one by 10, for children too young to read the ends.
public sealed record ScaleBlock(string ZeroMeans, string TenMeans, IReadOnlyList<ScaleMark> Marks, string? Question = null, bool Faces = false) : Block;
