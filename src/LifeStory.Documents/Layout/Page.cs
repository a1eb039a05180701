namespace LifeStory.Documents.Layout;

/// <summary>One laid-out page: its 1-based number and everything drawn on it, in drawing order.</summary>
public sealed record Page(int Number, IReadOnlyList<PageItem> Items);
