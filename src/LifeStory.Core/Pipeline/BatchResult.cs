namespace LifeStory.Pipeline;

/// <summary>Every case of a batch, in folder-name order whatever order they finished in, so summaries are stable.</summary>
public sealed record BatchResult(IReadOnlyList<BatchCase> Cases)
{
    public IEnumerable<BatchCase> Made => Cases.Where(c => c.Outcome == BatchOutcome.Made);

    public IEnumerable<BatchCase> NothingToWrite => Cases.Where(c => c.Outcome == BatchOutcome.NothingToWrite);

    public IEnumerable<BatchCase> Failed => Cases.Where(c => c.Outcome == BatchOutcome.Failed);
}
