namespace LifeStory.Checking;

/// <summary>Where a value came from: a file (relative to the case folder when inside it) and a 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
