using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

internal sealed partial class Redaction
{
    /// <summary>
    /// A pathway plan as this reader may see it: goals hidden from them go, with the help that points at people they
    /// may not know about; a correction's words stay in the full record only, as for a review.
    /// </summary>
    private PathwayPlan Pathway(PathwayPlan plan)
    {
        const string path = "pathway_plan";
        var goals = new List<PathwayGoal>();
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            var goal = plan.Goals[i];
            if (Hidden(goal.HiddenFrom))
            {
                _removed.Add($"{path}.goals[{i}]");
                Count("goal");
                continue;
            }
            goals.Add(goal with { Help = References(goal.Help, $"{path}.goals[{i}].help", h => h.Who, "step of help", h => h.HiddenFrom) });
        }
        return plan with
        {
            Goals = goals,
            PersonalAdviser = plan.PersonalAdviser is { } adviser && _visiblePeople.Contains(adviser) ? adviser : null,
            Signed = Signatures(plan.Signed, path + ".signed"),
        };
    }
}
