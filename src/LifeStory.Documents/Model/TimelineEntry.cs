namespace LifeStory.Documents.Model;

/// <summary>One moment on a timeline: a short date label and what happened.</summary>
public sealed record TimelineEntry(string When, string What);
