using LifeStory.Cases.Loading;
using LifeStory.Cases.Scaffold;
using LifeStory.Checking;

namespace LifeStory.Tests.Cases.Scaffold;

public sealed class CaseScaffoldTests
{
    [Fact]
    public void GivenANewFolder_WhenScaffolded_ThenTheCaseLoadsAndChecksWithNoFindings()
    {
        using var temp = new TempCaseFolder();
        var folder = Path.Combine(temp.Path, "amira");

        var created = CaseScaffold.Create(folder);
        var loaded = CaseLoader.Load(folder);

        Assert.Empty(created);
        Assert.Empty(loaded.Findings);
        Assert.Empty(CaseChecker.Check(loaded.Case!, new DateOnly(2026, 1, 1)));
        Assert.True(Directory.Exists(Path.Combine(folder, "photos")));
        Assert.True(Directory.Exists(Path.Combine(folder, "drawings")));
    }

    [Fact]
    public void GivenANewFolder_WhenScaffolded_ThenEverySectionIsPresentAndTheSchemaLineIsFirst()
    {
        using var temp = new TempCaseFolder();

        CaseScaffold.Create(temp.Path);
        var text = File.ReadAllText(Path.Combine(temp.Path, "case.yaml"));
        var c = CaseLoader.Load(temp.Path).Case!.Model;

        Assert.StartsWith("# yaml-language-server: $schema=../case.schema.json\n", text);
        Assert.DoesNotContain('\r', text);
        foreach (var section in new[] { "child", "people", "homes", "schools", "timeline", "photos", "my_words", "drawings", "story", "reviews", "book" })
            Assert.Contains("\n" + section + ":", text);
        Assert.NotEmpty(c.People);
        Assert.NotEmpty(c.Homes);
        Assert.NotEmpty(c.Schools);
        Assert.NotEmpty(c.Timeline);
        Assert.NotEmpty(c.MyWords);
        Assert.NotEmpty(c.Story);
        Assert.NotEmpty(c.Reviews[0].Decisions);
    }

    [Fact]
    public void GivenAFolderWithACase_WhenScaffolded_ThenNothingIsOverwritten()
    {
        using var temp = TempCaseFolder.With("child: keep me\n");

        var finding = Assert.Single(CaseScaffold.Create(temp.Path));

        Assert.Equal("case-exists", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"'{temp.Path}' already has a case.yaml, so nothing was written.", finding.Message);
        Assert.Equal("child: keep me\n", File.ReadAllText(Path.Combine(temp.Path, "case.yaml")));
    }
}
