using LifeStory.Checking;
using LifeStory.Tests.Cases;

namespace LifeStory.Tests.Checking;

/// <summary>Loads a case written in the test and runs the checker with a fixed "today".</summary>
internal static class CheckerHarness
{
    public static readonly DateOnly Today = new(2026, 1, 1);

    public static IReadOnlyList<Finding> Check(string yaml, Action<TempCaseFolder>? arrange = null)
    {
        using var folder = TempCaseFolder.With(yaml);
        arrange?.Invoke(folder);
        var loaded = folder.Load();
        Assert.Empty(loaded.Findings);
        return CaseChecker.Check(loaded.Case!, Today);
    }

    public static void AssertFinding(Finding finding, Severity severity, string code, int line, int column, string field, string message, string fix)
    {
        Assert.Equal(code, finding.Code);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(new SourceLocation("case.yaml", line, column), finding.Location);
        Assert.Equal(field, finding.Field);
        Assert.Equal(message, finding.Message);
        Assert.Equal(fix, finding.Fix);
    }
}
