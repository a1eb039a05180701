namespace LifeStory.Cli.Commands;

/// <summary>A mistake on the command line found after parsing (a bad date, say): reported without a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
