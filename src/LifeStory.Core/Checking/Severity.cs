namespace LifeStory.Checking;

/// <summary>An error stops an output being made; a warning is printed and the output is still made.</summary>
public enum Severity
{
    Error,
    Warning,
}
