using LifeStory.Checking;

namespace LifeStory.Tests.Cases.Loading;

public sealed class SourceMapTests
{
    private const string Yaml = TempCaseFolder.MinimalChild + """
        people:
          - id: mum
            name: Leanne
            relationship: my birth mum
            group: birth_family
          - id: jo
            name: Jo
            relationship: my foster carer
            group: carers
        """;

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("child", 2, 3)]
    [InlineData("child.pronouns", 5, 13)]
    [InlineData("people", 8, 3)]
    [InlineData("people[1]", 12, 5)]
    [InlineData("people[1].group", 15, 12)]
    public void GivenALoadedCase_WhenAWrittenPathIsFound_ThenItsValueLocationIsReturned(string path, int line, int column)
    {
        using var folder = TempCaseFolder.With(Yaml);

        var map = folder.Load().Case!.Locations;

        Assert.Equal(new SourceLocation("case.yaml", line, column), map.Find(path));
    }

    [Fact]
    public void GivenAFieldThatWasLeftOut_WhenFound_ThenTheNearestWrittenParentIsReturned()
    {
        using var folder = TempCaseFolder.With(Yaml);

        var map = folder.Load().Case!.Locations;

        Assert.Equal(new SourceLocation("case.yaml", 12, 5), map.Find("people[1].photo"));
        Assert.Equal(new SourceLocation("case.yaml", 2, 3), map.Find("child.cover_photo"));
        Assert.Equal(new SourceLocation("case.yaml", 1, 1), map.Find("reviews[0].scale[2].person"));
    }
}
