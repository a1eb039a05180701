namespace LifeStory.SampleArt.Catalog;

/// <summary>One scanned drawing in a sample case folder.</summary>
public sealed record SampleDrawing(string File, string Subject, int Seed);
