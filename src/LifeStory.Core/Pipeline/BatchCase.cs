namespace LifeStory.Pipeline;

/// <summary>
/// One case of a batch: its folder name, what happened, the files written (letters first, then any manifest)
/// and, when it failed, why, in the same "case.yaml:3:5: error: …" form the single-case commands print.
/// </summary>
public sealed record BatchCase(string Name, string Folder, BatchOutcome Outcome, IReadOnlyList<string> Files, string? Reason = null)
{
    /// <summary>The letters alone: a manifest says what was made, it is not a letter.</summary>
    public IEnumerable<string> Letters => Files.Where(f => !f.EndsWith("-manifest.json", StringComparison.Ordinal));
}
