namespace LifeStory.Documents.Model;

/// <summary>One person's place on a scale.</summary>
public sealed record ScaleMark(string Who, int Score);
