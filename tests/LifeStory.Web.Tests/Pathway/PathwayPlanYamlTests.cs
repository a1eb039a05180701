using LifeStory.Cases.Model;
using LifeStory.Web.Pathway;

namespace LifeStory.Web.Tests.Pathway;

/// <summary>The plan as typed, written as case.yaml's block YAML: quoted only where YAML would misread it, blank rows left out.</summary>
public sealed class PathwayPlanYamlTests
{
    [Fact]
    public void Given_a_goal_with_words_YAML_would_misread_When_written_Then_they_are_quoted_and_a_steps_hidden_readers_are_kept()
    {
        var form = new PathwayPlanForm
        {
            Written = "2026-11-18",
            AboutMe = "yes",
            Goals =
            [
                new GoalRow
                {
                    Area = "home", InMyWords = "Stay: with \"Margaret\"", HiddenFrom = ["parents"],
                    Help = [new HelpRow { What = "Ask the council", Who = "tom", By = "2027-01", HiddenFrom = ["parents"] }, new HelpRow()],
                },
                new GoalRow { Area = "money" },
            ],
            NextReview = "next spring",
        };

        var yaml = PathwayPlanYaml.Write(form, [new ReviewSignature("child", new DateOnly(2026, 11, 18), null), new ReviewSignature("tom", new DateOnly(2026, 11, 19), "Dates, and a name")]);

        Assert.Equal("""
            pathway_plan:
              written: 2026-11-18
              about_me: "yes"
              goals:
                - area: home
                  in_my_words: "Stay: with \"Margaret\""
                  help:
                    - what: Ask the council
                      who: tom
                      by: 2027-01
                      hidden_from: [parents]
                  hidden_from: [parents]
              next_review: next spring
              signed:
                - { by: child, date: 2026-11-18 }
                - { by: tom, date: 2026-11-19, changed: "Dates, and a name" }

            """.ReplaceLineEndings("\n"), yaml);
    }
}
