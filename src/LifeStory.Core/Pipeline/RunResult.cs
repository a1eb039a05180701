using LifeStory.Checking;

namespace LifeStory.Pipeline;

/// <summary>What a run did: every finding, and the file it wrote (null when errors stopped it).</summary>
public sealed record RunResult(IReadOnlyList<Finding> Findings, string? OutputPath, int PageCount)
{
    public bool Succeeded => OutputPath is not null;
}
