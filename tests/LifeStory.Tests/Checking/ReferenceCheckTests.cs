using LifeStory.Checking;
using LifeStory.Tests.Cases;
using static LifeStory.Tests.Checking.CheckerHarness;

namespace LifeStory.Tests.Checking;

public sealed class ReferenceCheckTests
{
    private const string People = TempCaseFolder.MinimalChild + """
        people:
          - { id: jo, name: Jo, relationship: my foster carer, group: carers }
          - { id: david, name: David, relationship: my IRO, group: iro }

        """;

    [Fact]
    public void GivenAMistypedPersonInAHome_WhenChecked_ThenUnknownReferenceSuggestsTheId()
    {
        var findings = Check(People + "homes:\n  - { id: h, name: H, kind: foster, from: 2020, people: [jo, dvid] }\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "unknown-reference", 11, 62, "homes[0].people[1]",
            "'dvid' is not the id of anyone in people.", "Did you mean 'david'?");
    }

    [Fact]
    public void GivenAPersonNobodyAdded_WhenChecked_ThenUnknownReferenceSaysHowToAddThem()
    {
        var findings = Check(People + "reviews:\n  - date: 2025-01-20\n    iro: mohammed\n");

        AssertFinding(Assert.Single(findings), Severity.Error, "unknown-reference", 12, 10, "reviews[0].iro",
            "'mohammed' is not the id of anyone in people.", "Add a person with id: mohammed to people, or correct the id.");
    }

    [Fact]
    public void GivenAMissingPhoto_WhenChecked_ThenUnknownReferenceTalksAboutPhotos()
    {
        var findings = Check(People.Replace("child:\n", "child:\n  cover_photo: beach\n"));

        AssertFinding(Assert.Single(findings), Severity.Error, "unknown-reference", 2, 16, "child.cover_photo",
            "'beach' is not the id of a photo in photos.", "Add a photo with id: beach to photos, or correct the id.");
    }

    [Fact]
    public void GivenTheChildInDecisionsAndScores_WhenChecked_ThenChildIsAllowedThere()
    {
        Assert.Empty(Check(People + """
            reviews:
              - date: 2025-01-20
                decisions: [{ what: Choose a theme, who: child }]
                scale: [{ person: child, score: 5 }, { person: jo, score: 6 }]
            """));
    }

    [Fact]
    public void GivenTheChildAsAnIro_WhenChecked_ThenItIsNotAPerson()
    {
        var findings = Check(People + "reviews:\n  - date: 2025-01-20\n    people: [{ person: child }]\n");

        Assert.Equal("'child' is not the id of anyone in people.", Assert.Single(findings).Message);
    }

    [Fact]
    public void GivenEveryKindOfReference_WhenAllAreWrong_ThenEachIsReported()
    {
        var findings = Check(People + """
            photos:
              - { id: p, file: photos/p.jpg, people: [x1], caption: P }
            timeline:
              - { date: 2020, title: T, photos: [x2] }
            homes:
              - { id: h, name: H, kind: foster, from: 2020, photo: x3 }
            reviews:
              - date: 2025-01-20
                worries: [{ what: W, who_is_worried: [x4] }]
                decisions: [{ what: D, who: x5 }]
                scale: [{ person: x6, score: 1 }]
            """, f => f.AddFile("photos/p.jpg"));

        Assert.Equal(
            ["homes[0].photo", "photos[0].people[0]", "timeline[0].photos[0]", "reviews[0].worries[0].who_is_worried[0]",
             "reviews[0].decisions[0].who", "reviews[0].scale[0].person"],
            findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal("unknown-reference", f.Code));
        Assert.Equal("Add a person with id: x5 to people, or correct the id. Use child for the child.", findings[4].Fix);
    }
}
