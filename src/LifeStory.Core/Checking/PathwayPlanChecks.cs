namespace LifeStory.Checking;

/// <summary>
/// A pathway plan is the young person's: inspectors found plans that "do not always reflect care leavers' aspirations".
/// A plan with no goal in their own words is written about them, not with them, and check says so.
/// </summary>
internal static class PathwayPlanChecks
{
    public const string NoOwnWordsCode = "pathway-plan-own-words";

    public static void Run(CheckContext context)
    {
        if (context.Case.PathwayPlan is not { } plan) return;
        if (plan.Goals.Any(g => !string.IsNullOrWhiteSpace(g.InMyWords))) return;
        var name = context.Case.Child.PreferredName;
        context.Warning(NoOwnWordsCode, plan.Goals.Count > 0 ? "pathway_plan.goals" : "pathway_plan",
            $"{name}'s pathway plan has no goal in {name}'s own words.",
            $"Ask {name} what they want for each part of their life, and write it under in_my_words: exactly as they said it.");
    }
}
