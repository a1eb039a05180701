using System.Globalization;
using LifeStory.Cases.Model;
using LifeStory.Web.Reviews.Recording;

namespace LifeStory.Web.Pathway;

/// <summary>
/// The pathway plan as the worker typed it with the young person, in the plan's order: about me, the goals (each in
/// their words first), the personal adviser, Staying Put, the local offer and the next look at it. It stays as typed
/// (text, not dates) until it is written into case.yaml, so "next spring" reaches the loader and the page shows the
/// very message `lifestory check` prints for it.
/// </summary>
public sealed class PathwayPlanForm
{
    public string Written { get; set => field = value ?? ""; } = "";

    public string AboutMe { get; set => field = value ?? ""; } = "";

    public List<GoalRow> Goals { get; set => field = value ?? []; } = [];

    /// <summary>The id of the personal adviser, from the case's people; "" for none yet.</summary>
    public string PersonalAdviser { get; set => field = value ?? ""; } = "";

    public string StayingPut { get; set => field = value ?? ""; } = "";

    public string LocalOffer { get; set => field = value ?? ""; } = "";

    public string NextReview { get; set => field = value ?? ""; } = "";

    public IReadOnlyList<GoalRow> FilledGoals() => Goals.Where(g => !g.IsBlank()).ToList();

    public static PathwayPlanForm For(PathwayPlan plan) => new PathwayPlanForm
    {
        Written = Day(plan.Written),
        AboutMe = plan.AboutMe ?? "",
        PersonalAdviser = plan.PersonalAdviser ?? "",
        StayingPut = plan.StayingPut ?? "",
        LocalOffer = plan.LocalOffer ?? "",
        NextReview = plan.NextReview is { } next ? Day(next) : "",
        Goals = plan.Goals.Select(g => new GoalRow
        {
            Area = g.Area.ToString().ToLowerInvariant(),
            InMyWords = g.InMyWords ?? "",
            WhatINeed = g.WhatINeed ?? "",
            HiddenFrom = g.HiddenFrom.Select(ReviewYaml.Snake).ToList(),
            Help = g.Help.Select(h => new HelpRow { What = h.What, Who = h.Who, By = h.By?.ToString() ?? "", HiddenFrom = h.HiddenFrom.Select(ReviewYaml.Snake).ToList() }).ToList(),
        }).ToList(),
    }.WithRoom();

    /// <summary>
    /// Blank rows taken out and room added at the end: one blank goal, and one blank step of help in each goal, so what
    /// is shown lines up with what is written (goals[2] is the third goal on the page).
    /// </summary>
    public PathwayPlanForm WithRoom()
    {
        Goals = [.. FilledGoals(), new GoalRow()];
        foreach (var goal in Goals) goal.Help = [.. goal.FilledHelp(), new HelpRow()];
        return this;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class GoalRow
{
    /// <summary>education, work, home, health, money or relationships; "" until chosen.</summary>
    public string Area { get; set => field = value ?? ""; } = "";

    public string InMyWords { get; set => field = value ?? ""; } = "";

    public string WhatINeed { get; set => field = value ?? ""; } = "";

    public List<HelpRow> Help { get; set => field = value ?? []; } = [];

    public List<string> HiddenFrom { get; set => field = value ?? []; } = [];

    public IReadOnlyList<HelpRow> FilledHelp() => Help.Where(h => !h.IsBlank()).ToList();

    /// <summary>A goal with nothing written is room to add one: choosing its area alone does not make it a goal.</summary>
    public bool IsBlank() => InMyWords.Trim().Length == 0 && WhatINeed.Trim().Length == 0 && FilledHelp().Count == 0;
}

/// <summary>One step of help: what, who (an id from the case's people, or child) and by when, as typed.</summary>
public sealed class HelpRow
{
    public string What { get; set => field = value ?? ""; } = "";

    public string Who { get; set => field = value ?? ""; } = "";

    public string By { get; set => field = value ?? ""; } = "";

    /// <summary>Kept from case.yaml as it was written there: the page does not change who a step is hidden from.</summary>
    public List<string> HiddenFrom { get; set => field = value ?? []; } = [];

    public bool IsBlank() => What.Trim().Length == 0 && Who.Trim().Length == 0 && By.Trim().Length == 0;
}
