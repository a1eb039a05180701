namespace LifeStory.Tests.Support;

/// <summary>Tests that act on the whole test process (every temporary file it has open): they run alone, after the others.</summary>
[CollectionDefinition(nameof(ProcessWide), DisableParallelization = true)]
public sealed class ProcessWide;
