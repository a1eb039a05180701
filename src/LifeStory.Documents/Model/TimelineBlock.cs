namespace LifeStory.Documents.Model;

/// <summary>A strip of moments along a line, oldest first: homes and events with their dates.</summary>
public sealed record TimelineBlock(IReadOnlyList<TimelineEntry> Entries) : Block;
