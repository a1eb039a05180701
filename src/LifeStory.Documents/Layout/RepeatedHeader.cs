namespace LifeStory.Documents.Layout;

/// <summary>Items drawn again at the top of each page a table continues onto, and their height.</summary>
internal sealed record RepeatedHeader(IReadOnlyList<PageItem> Items, float Height);
