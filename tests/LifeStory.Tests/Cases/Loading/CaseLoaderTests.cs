using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Checking;

namespace LifeStory.Tests.Cases.Loading;

public sealed class CaseLoaderTests
{
    [Fact]
    public void GivenAValidCase_WhenLoaded_ThenEveryValueIsBoundWithNoFindings()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + """
            people:
              - id: jo
                name: Jo Carer
                relationship: my foster carer
                group: carers
                hidden_from: [parents]
            homes:
              - id: jo-house
                name: Jo's house
                kind: foster
                from: about 2020-02
                people: [jo]
                address: 1 Example Road
              - id: flat
                name: The flat
                kind: birth_family
                from: 2019
                to: 2020-02-10
                address: { text: 2 Secret Street, hidden_from: [parents, carers] }
            photos:
              - id: park
                file: photos/park.jpg
                focus: { x: 0.25, y: 1 }
            reviews:
              - date: 2025-01-20
                child_came: yes
                scale:
                  - person: child
                    score: 7
            book:
              voice: you
            """);

        var result = folder.Load();

        Assert.Empty(result.Findings);
        var loaded = Assert.IsType<LoadedCase>(result.Case);
        var c = loaded.Model;
        Assert.Equal(Path.GetFullPath(folder.Path), loaded.Folder);
        Assert.Equal("Maisie", c.Child.PreferredName);
        Assert.Equal(new DateOnly(2019, 6, 12), c.Child.DateOfBirth);
        Assert.Equal(Pronouns.She, c.Child.Pronouns);
        Assert.Null(c.Child.AgeBand);
        Assert.Equal([Audience.Parents], c.People[0].HiddenFrom);
        Assert.Equal(PersonGroup.Carers, c.People[0].Group);
        Assert.Equal(new PartialDate(2020, 2, null, IsApproximate: true), c.Homes[0].From);
        Assert.Null(c.Homes[0].To);
        Assert.Equal(["jo"], c.Homes[0].People);
        Assert.Equal("1 Example Road", c.Homes[0].Address!.Text);
        Assert.Empty(c.Homes[0].Address!.HiddenFrom);
        Assert.Equal(HomeKind.BirthFamily, c.Homes[1].Kind);
        Assert.Equal(new PartialDate(2019), c.Homes[1].From);
        Assert.Equal(new PartialDate(2020, 2, 10), c.Homes[1].To);
        Assert.Equal([Audience.Parents, Audience.Carers], c.Homes[1].Address!.HiddenFrom);
        Assert.Equal(new FocusPoint(0.25, 1), c.Photos[0].Focus);
        Assert.Empty(c.Photos[0].People);
        Assert.True(c.Reviews[0].ChildCame);
        Assert.Equal(7, c.Reviews[0].Scale[0].Score);
        Assert.Equal(BookVoice.You, c.Book.Voice);
        Assert.Empty(c.Schools);
        Assert.Empty(c.Story);
    }

    [Fact]
    public void GivenOnlyTheChild_WhenLoaded_ThenListsAreEmptyAndTheBookUsesItsDefaults()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild);

        var c = folder.Load().Case!.Model;

        Assert.Empty(c.People);
        Assert.Empty(c.Reviews);
        Assert.Equal(BookVoice.ThirdPerson, c.Book.Voice);
        Assert.Null(c.Book.Title);
    }

    [Fact]
    public void GivenAFolderWithoutCaseYaml_WhenLoaded_ThenAMissingFileErrorWithNoLocation()
    {
        using var folder = new TempCaseFolder();

        var result = folder.Load();

        Assert.Null(result.Case);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("missing-file", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(finding.Location);
        Assert.Equal("", finding.Field);
        Assert.Equal($"There is no case.yaml in the folder '{folder.Path}'.", finding.Message);
    }

    [Fact]
    public void GivenBrokenYaml_WhenLoaded_ThenOneSyntaxErrorAtTheLineAndColumn()
    {
        using var folder = TempCaseFolder.With("child:\n  legal_name: Maisie\n  preferred_name: 'Maisie\n");

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("yaml-syntax", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 3, 19), finding.Location);
        Assert.Equal("The YAML could not be read: while scanning a quoted scalar, found unexpected end of stream.", finding.Message);
        Assert.Equal("A quote is not closed: end the words with the same quote mark they start with.", finding.Fix);
    }

    [Fact]
    public void GivenATabForIndentation_WhenLoaded_ThenASyntaxErrorSaysSo()
    {
        using var folder = TempCaseFolder.With("child:\n\tlegal_name: Maisie\n");

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("yaml-syntax", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 1, 1), finding.Location);
        Assert.Equal("The YAML could not be read: while scanning a mapping, found invalid tab as indentation.", finding.Message);
    }

    [Fact]
    public void GivenAKeyWrittenTwice_WhenLoaded_ThenADuplicateKeyError()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + "people: []\npeople: []\n");

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("duplicate-key", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 8, 1), finding.Location);
        Assert.Equal("'people' is written twice in the same place.", finding.Message);
    }

    [Fact]
    public void GivenAnEmptyCaseYaml_WhenLoaded_ThenItSaysTheFileIsEmpty()
    {
        using var folder = TempCaseFolder.With("# nothing yet\n");

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("missing-field", finding.Code);
        Assert.Equal("child", finding.Field);
        Assert.Equal("case.yaml is empty.", finding.Message);
    }

    [Fact]
    public void GivenAListAtTheTop_WhenLoaded_ThenOneWrongTypeForTheWholeFile()
    {
        using var folder = TempCaseFolder.With("- Maisie\n- Jo\n");

        var finding = Assert.Single(folder.Load().Findings);

        Assert.Equal("wrong-type", finding.Code);
        Assert.Equal(new SourceLocation("case.yaml", 1, 1), finding.Location);
        Assert.Equal("case.yaml should be a set of fields such as child:, people: and homes:, not a single value or a list.", finding.Message);
        Assert.Equal("Start with child: on the first line, with the child's details indented below it.", finding.Fix);
    }
}
