using LifeStory.Checking;
using LifeStory.Tests.Cases;
using static LifeStory.Tests.Checking.CheckerHarness;

namespace LifeStory.Tests.Checking;

public sealed class CaseCheckerTests
{
    [Fact]
    public void GivenAPhotoThatIsNotInTheFolder_WhenChecked_ThenMissingFile()
    {
        var findings = Check(TempCaseFolder.MinimalChild + """
            photos:
              - { id: park, file: photos/park.jpg, caption: At the park }
              - { id: beach, file: photos/beach.jpg, caption: At the beach }
            """, f => f.AddFile("photos/park.jpg"));

        AssertFinding(Assert.Single(findings), Severity.Error, "missing-file", 9, 24, "photos[1].file",
            "'photos/beach.jpg' does not exist in the case folder.", "Add the file to photos/ or correct the name.");
    }

    [Fact]
    public void GivenADrawingOutsideTheFolder_WhenChecked_ThenPathOutsideCase()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "drawings:\n  - { id: d, file: ../other/d.png, title: D }\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "path-outside-case", 8, 20, "drawings[0].file",
            "'../other/d.png' points outside the case folder.",
            "Copy the file into the case folder's drawings/ folder and write its name as drawings/d.png.");
    }

    [Fact]
    public void GivenAPhotoLinkedFromOutside_WhenChecked_ThenPathOutsideCase()
    {
        using var outside = new TempCaseFolder();
        var target = outside.AddFile("secret.jpg");

        var findings = Check(TempCaseFolder.MinimalChild + "photos:\n  - { id: p, file: photos/p.jpg, caption: Me }\n", f =>
        {
            Directory.CreateDirectory(Path.Combine(f.Path, "photos"));
            File.CreateSymbolicLink(Path.Combine(f.Path, "photos", "p.jpg"), target);
        });

        Assert.Equal("path-outside-case", Assert.Single(findings).Code);
        Assert.Equal("'photos/p.jpg' is a link to a file outside the case folder.", findings[0].Message);
    }

    [Fact]
    public void GivenTwoPeopleWithOneId_WhenChecked_ThenDuplicateIdSaysWhereTheFirstIs()
    {
        var findings = Check(TempCaseFolder.MinimalChild + """
            people:
              - { id: jo, name: Jo, relationship: carer, group: carers }
              - { id: sam, name: Sam, relationship: carer, group: carers }
              - { id: jo, name: Jo Two, relationship: friend, group: others }
            """);

        AssertFinding(Assert.Single(findings), Severity.Error, "duplicate-id", 10, 11, "people[2].id",
            "'jo' is already the id of people[0] (line 8).",
            "Give each one a different id, and check which one other parts of the case mean.");
    }

    [Fact]
    public void GivenTheSameIdInDifferentLists_WhenChecked_ThenThatIsFine()
    {
        Assert.Empty(Check(TempCaseFolder.MinimalChild + """
            people: [{ id: jo, name: Jo, relationship: carer, group: carers }]
            homes: [{ id: jo, name: Jo's, kind: foster, from: 2020 }]
            """));
    }

    [Fact]
    public void GivenAScoreOfEleven_WhenChecked_ThenScoreRange()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "reviews:\n  - date: 2025-01-20\n    scale: [{ person: child, score: 11 }]\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "score-range", 9, 37, "reviews[0].scale[0].score",
            "11 is outside the scale of 0 to 10.", "Use a whole number from 0 to 10.");
    }

    [Fact]
    public void GivenABlankRequiredText_WhenChecked_ThenEmptyText()
    {
        var findings = Check(TempCaseFolder.MinimalChild.Replace("preferred_name: Maisie", "preferred_name: '  '"));

        AssertFinding(Assert.Single(findings), Severity.Error, "empty-text", 3, 19, "child.preferred_name",
            "preferred_name is empty.",
            "Write it after 'preferred_name: '. The name the child likes to be called. Every page uses this name.");
    }

    [Fact]
    public void GivenBlankTextDeepInAReview_WhenChecked_ThenEmptyTextPointsAtIt()
    {
        var findings = Check(TempCaseFolder.MinimalChild + "reviews:\n  - date: 2025-01-20\n    decisions: [{ what: '', who: child }]\n");

        Assert.Equal("reviews[0].decisions[0].what", Assert.Single(findings).Field);
        Assert.Equal("empty-text", findings[0].Code);
    }

    [Fact]
    public void GivenAValidCaseWithFiles_WhenChecked_ThenThereAreNoFindings()
    {
        var findings = Check(TempCaseFolder.MinimalChild + """
            people: [{ id: jo, name: Jo, relationship: carer, group: carers, photo: jo-photo }]
            photos: [{ id: jo-photo, file: photos/jo.jpg, people: [jo], date: 2024, caption: Jo and me }]
            drawings: [{ id: d, file: drawings/d.png, title: My house }]
            """, f =>
        {
            f.AddFile("photos/jo.jpg");
            f.AddFile("drawings/d.png");
        });

        Assert.Empty(findings);
    }
}
