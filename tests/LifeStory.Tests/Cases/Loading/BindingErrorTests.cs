using static LifeStory.Tests.Cases.Loading.LoadHarness;

namespace LifeStory.Tests.Cases.Loading;

public sealed class BindingErrorTests
{
    [Fact]
    public void GivenAMisspeltField_WhenLoaded_ThenUnknownKeySuggestsTheRightSpelling()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("preferred_name", "prefered_name"));

        // One slip, one error: the missing preferred_name is not reported as well.
        AssertFinding(Assert.Single(findings), "unknown-key", 3, 3, "child.prefered_name",
            "'prefered_name' is not a field of child.", "Did you mean 'preferred_name'?");
    }

    [Fact]
    public void GivenAFieldNothingLike_WhenLoaded_ThenUnknownKeyListsTheAllowedFields()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "book:\n  font: comic\n");

        AssertFinding(Assert.Single(findings), "unknown-key", 8, 3, "book.font",
            "'font' is not a field of book.", "The fields it can have are: title, voice, theme, favourite_thing, sign_off.");
    }

    [Fact]
    public void GivenAnUnknownTopLevelField_WhenLoaded_ThenItIsNotAFieldOfTheCase()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "pets: [Biscuit]\n");

        AssertFinding(Assert.Single(findings), "unknown-key", 7, 1, "pets", "'pets' is not a field of the case.",
            "The fields it can have are: child, people, homes, schools, timeline, photos, my_words, drawings, story, reviews, book, words_and_pictures, later_life_letter, privacy, conferences, pathway_plan.");
    }

    [Fact]
    public void GivenAMissingDateOfBirth_WhenLoaded_ThenMissingFieldShowsAnExampleDate()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("  date_of_birth: 2019-06-12\n", ""));

        AssertFinding(Assert.Single(findings), "missing-field", 2, 3, "child.date_of_birth",
            "child is missing date_of_birth.", "Add date_of_birth: 2019-06-12 under child.");
    }

    [Fact]
    public void GivenNoChild_WhenLoaded_ThenTheCaseIsMissingChild()
    {
        var findings = FindingsFor("people: []\n");

        AssertFinding(Assert.Single(findings), "missing-field", 1, 1, "child",
            "The case is missing child.", "Add child: at the top level of case.yaml, with its fields on the lines below it.");
    }

    [Fact]
    public void GivenARequiredFieldLeftBlank_WhenLoaded_ThenItIsMissingAtItsOwnLine()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("pronouns: she", "pronouns:"));

        AssertFinding(Assert.Single(findings), "missing-field", 5, 3, "child.pronouns",
            "child is missing pronouns.", "Add pronouns: she under child.");
    }

    [Fact]
    public void GivenProblemsAllOverTheFile_WhenLoaded_ThenEveryOneIsReportedInFileOrder()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild.Replace("pronouns: she", "pronouns: girl") + """
            people:
              - id: jo
                nmae: Jo
                group: carers
            homes:
              - id: h
                name: H
                kind: foster
                from: 2020
                to: soon
            """);

        Assert.Equal(
            ["wrong-type child.pronouns 5:13", "unknown-key people[0].nmae 9:5", "missing-field people[0].relationship 8:5", "wrong-type homes[0].to 16:9"],
            findings.Select(f => $"{f.Code} {f.Field} {f.Location!.Line}:{f.Location.Column}"));
    }

    [Fact]
    public void GivenAMissingTextField_WhenLoaded_ThenTheFixQuotesTheFieldsHelp()
    {
        var findings = FindingsFor(TempCaseFolder.MinimalChild + "people:\n  - { id: jo, name: Jo, group: carers }\n");

        AssertFinding(Assert.Single(findings), "missing-field", 8, 5, "people[0].relationship", "people[0] is missing relationship.",
            "Add relationship: under people[0]. How this person is related to the child, in the child's words: \"my birth mum\", \"my foster carer\".");
    }
}
