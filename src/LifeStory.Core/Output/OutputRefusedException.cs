namespace LifeStory.Output;

/// <summary>The output path asked for would write over something the run reads, or into the case's own files.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
