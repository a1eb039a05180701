namespace LifeStory.Documents.Rendering.Html;

/// <summary>What a <c>::: scale</c> says: an optional question, what 0 and 10 mean, and the scores.</summary>
internal sealed record ScaleReading(string? Question, string? Zero, string? Ten, IReadOnlyList<ScaleScore> Scores);
