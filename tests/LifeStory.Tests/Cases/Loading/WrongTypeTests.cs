using static LifeStory.Tests.Cases.Loading.LoadHarness;

namespace LifeStory.Tests.Cases.Loading;

public sealed class WrongTypeTests
{
    [Fact]
    public void GivenWordsForANumber_WhenLoaded_ThenWrongTypeAndNoMissingFieldAsWell()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + """
            reviews:
              - date: 2025-01-20
                scale:
                  - person: child
                    score: seven
            """);

        AssertFinding(Assert.Single(findings), "wrong-type", 11, 16, "reviews[0].scale[0].score",
            "'seven' is not a whole number.", "Write a whole number, such as 7.");
    }

    [Fact]
    public void GivenAnImpossibleDate_WhenLoaded_ThenWrongTypeTellsHowToWriteDates()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("2019-06-12", "2019-13-01"));

        AssertFinding(Assert.Single(findings), "wrong-type", 4, 18, "child.date_of_birth",
            "'2019-13-01' is not a date.", "Write dates as 2019-06-12.");
    }

    [Fact]
    public void GivenAWordyPartialDate_WhenLoaded_ThenWrongTypeExplainsPartialDates()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "timeline:\n  - date: June 2019\n    title: Born\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 8, 11, "timeline[0].date", "'June 2019' is not a date.",
            "Write dates as 2019, 2019-06 or 2019-06-12, with \"about \" in front if nobody is sure.");
    }

    [Fact]
    public void GivenAnUnknownChoice_WhenLoaded_ThenWrongTypeListsTheChoices()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("pronouns: she", "pronouns: girl"));

        AssertFinding(Assert.Single(findings), "wrong-type", 5, 13, "child.pronouns",
            "'girl' is not one of the choices for pronouns.", "Use one of: she, he, they.");
    }

    [Fact]
    public void GivenANearlyRightChoiceInAList_WhenLoaded_ThenWrongTypeSuggestsIt()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "story:\n  - id: a\n    title: A\n    markdown: x\n    hidden_from: [parnets]\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 11, 19, "story[0].hidden_from[0]",
            "'parnets' is not one of the choices for hidden_from.",
            "Did you mean 'parents'? Use one of: child, carers, parents, record.");
    }

    [Fact]
    public void GivenWrittenChoicesWithCapitalsAndSpaces_WhenLoaded_ThenTheyAreAccepted()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild.Replace("pronouns: she", "pronouns: They") +
            "people:\n  - { id: nan, name: Nan, relationship: my nan, group: Birth family }\n");

        var result = folder.Load();

        Assert.Empty(result.Findings);
        Assert.Equal(LifeStory.Cases.Model.PersonGroup.BirthFamily, result.Case!.Model.People[0].Group);
    }

    [Fact]
    public void GivenASingleValueWhereAListGoes_WhenLoaded_ThenWrongTypeAsksForAList()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "people: jo\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 7, 9, "people",
            "Expected a list here.", "Write each item on its own line, starting with '- '.");
    }

    [Fact]
    public void GivenTextWhereFieldsGo_WhenLoaded_ThenWrongTypeAndNoMissingFieldsInside()
    {
        var findings = FindingsFor("child: Maisie\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 1, 8, "child",
            "Expected a set of fields here, such as legal_name:, not 'Maisie'.",
            "Write the fields of child on the lines below it, indented by two spaces.");
    }

    [Fact]
    public void GivenAListWhereOneValueGoes_WhenLoaded_ThenWrongTypeAsksForOneValue()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("first_language: English", "first_language: [English, Arabic]"));

        AssertFinding(Assert.Single(findings), "wrong-type", 6, 19, "child.first_language",
            "Expected a single value here, not a list.", "Write one value after 'first_language: '.");
    }

    [Fact]
    public void GivenAnEmptyListItem_WhenLoaded_ThenWrongTypeSaysTheItemIsEmpty()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "people:\n  -\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 8, 4, "people[0]",
            "This item is empty.", "Write the item after the '- ', or remove the line.");
    }

    [Fact]
    public void GivenMaybeForTrueOrFalse_WhenLoaded_ThenWrongType()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "reviews:\n  - date: 2025-01-20\n    child_came: maybe\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 9, 17, "reviews[0].child_came",
            "'maybe' is not true or false.", "Write true or false.");
    }

    [Fact]
    public void GivenWordsForAFraction_WhenLoaded_ThenWrongType()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "photos:\n  - id: p\n    file: photos/p.jpg\n    focus: { x: middle, y: 0.3 }\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 10, 17, "photos[0].focus.x",
            "'middle' is not a number.", "Write a number, such as 0.5.");
    }

    [Fact]
    public void GivenAListForPrivateText_WhenLoaded_ThenWrongTypeExplainsBothForms()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "homes:\n  - { id: h, name: H, kind: foster, from: 2020, address: [a, b] }\n");

        AssertFinding(Assert.Single(findings), "wrong-type", 8, 58, "homes[0].address",
            "Expected a single value here, not a list.", "Write the words after it, or give text: and hidden_from: below it.");
    }

    [Fact]
    public void GivenOptionalFieldsWrittenAsNothing_WhenLoaded_ThenTheyAreLeftOut()
    {
        using var folder = TempCaseFolder.With(TempCaseFolder.MinimalChild + "homes:\n  - { id: h, name: H, kind: foster, from: 2020, to: ~, people: }\n");

        var result = folder.Load();

        Assert.Empty(result.Findings);
        Assert.Null(result.Case!.Model.Homes[0].To);
        Assert.Empty(result.Case.Model.Homes[0].People);
    }
}
