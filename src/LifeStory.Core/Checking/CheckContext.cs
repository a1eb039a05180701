using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>What every check needs: the case, today's date, and a place to put findings with their locations.</summary>
internal sealed class CheckContext(LoadedCase loaded, DateOnly today)
{
    private readonly List<Finding> _findings = [];

    public Case Case => loaded.Model;

    public LoadedCase Loaded => loaded;

    public DateOnly Today => today;

    /// <summary>Whether a picture file will be printed, and so is worth decoding to check.</summary>
    public Func<string, bool> Printed { get; init; } = _ => true;

    public IReadOnlyList<Finding> Findings => _findings;

    public SourceLocation? Locate(string path) => loaded.Locations.Find(path);

    public void Error(string code, string path, string message, string fix) =>
        _findings.Add(new Finding(Severity.Error, code, Locate(path), path, message, fix));

    public void Warning(string code, string path, string message, string fix) =>
        _findings.Add(new Finding(Severity.Warning, code, Locate(path), path, message, fix));

    public void Add(Finding finding) => _findings.Add(finding);

    /// <summary>" (line 12)" when the path was written in case.yaml; used to say where an earlier item is.</summary>
    public string LineOf(string path) => Locate(path) is { } location ? $" (line {location.Line})" : "";
}
