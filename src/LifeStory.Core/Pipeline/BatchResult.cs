namespace LifeStory.Pipeline;

/// <summary>Every case of a batch, in folder-name order whatever order they finished in, so summaries are stable.</summary>
public sealed record BatchResult(IReadOnlyList<BatchCase> Cases)
{
    /// <summary>The folders that hold no case.yaml, by name: listed, never silently passed over.</summary>
    public IReadOnlyList<string> NotCases { get; init; } = [];

    public IEnumerable<BatchCase> Made => Cases.Where(c => c.Outcome == BatchOutcome.Made);

    public IEnumerable<BatchCase> NothingToWrite => Cases.Where(c => c.Outcome == BatchOutcome.NothingToWrite);

    public IEnumerable<BatchCase> Failed => Cases.Where(c => c.Outcome == BatchOutcome.Failed);
}
