namespace LifeStory.Web.Children;

/// <summary>A line in the list of children.</summary>
public sealed record ChildSummary(Guid Id, string Name, int Revisions, DateTime LastSavedUtc, bool Archived);
