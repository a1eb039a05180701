namespace LifeStory.SampleArt.Catalog;

/// <summary>All the pictures for one sample case folder (samples/&lt;Folder&gt;).</summary>
public sealed record SampleCase(string Folder, IReadOnlyList<SamplePhoto> Photos, IReadOnlyList<SampleDrawing> Drawings);
