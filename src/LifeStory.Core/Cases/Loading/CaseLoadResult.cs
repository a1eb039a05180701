using LifeStory.Checking;

namespace LifeStory.Cases.Loading;

/// <summary>The outcome of reading case.yaml: the case, unless any finding is an error, and every finding.</summary>
public sealed record CaseLoadResult(LoadedCase? Case, IReadOnlyList<Finding> Findings);
