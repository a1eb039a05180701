namespace LifeStory.Documents.Rendering.Html;

/// <summary>One person's mark on a 0–10 scale: their name, the score as typed and its value.</summary>
internal sealed record ScaleScore(string Name, string Typed, double Value);
