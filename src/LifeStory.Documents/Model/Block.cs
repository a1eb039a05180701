namespace LifeStory.Documents.Model;

/// <summary>One block of the document flow. Each kind has its own record and its own layout.</summary>
public abstract record Block;
