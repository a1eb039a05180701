using LifeStory.Checking;

namespace LifeStory.Tests.Cases.Loading;

/// <summary>Loads a case.yaml written in the test that is expected to fail, and checks its findings exactly.</summary>
internal static class LoadHarness
{
    public static IReadOnlyList<Finding> FindingsFor(string yaml)
    {
        using var folder = TempCaseFolder.With(yaml);
        var result = folder.Load();
        Assert.Null(result.Case);
        return result.Findings;
    }

    public static void AssertFinding(Finding finding, string code, int line, int column, string field, string message, string fix)
    {
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(code, finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", line, column), finding.Location);
        Assert.Equal(field, finding.Field);
        Assert.Equal(message, finding.Message);
        Assert.Equal(fix, finding.Fix);
    }
}
