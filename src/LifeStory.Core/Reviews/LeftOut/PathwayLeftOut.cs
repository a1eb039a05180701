using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Templating;

namespace LifeStory.Reviews.LeftOut;

/// <summary>
/// What each version of a pathway plan leaves out, read before it is sent: the goals kept from that reader, the steps
/// of help that point at someone they may not know about, the adviser's name, and the people named another way. Like
/// <see cref="ReviewLeftOut"/>, it reads what the <see cref="Redactor"/> took out when it made the version, so it can
/// never disagree with what is sent.
/// </summary>
public static class PathwayLeftOut
{
    /// <summary>A plan's versions: the young person's own, and the full record (which leaves nothing out).</summary>
    public static IReadOnlyList<Audience> Readers { get; } = [Audience.Child, Audience.Record];

    /// <returns>One entry per reader, or nothing when the case has no pathway plan.</returns>
    public static IReadOnlyList<ReaderLeftOut> For(Case source, IReadOnlySet<ProtectedDetail>? hiddenFromParents = null)
    {
        if (source.PathwayPlan is null) return [];
        return Readers.Select(reader => new ReaderLeftOut(reader, Items(source, Redactor.For(source, reader, hiddenFromParents)))).ToList();
    }

    /// <summary>For a case folder, with the privacy defaults the pipeline reads there. Nothing when the case cannot be read.</summary>
    public static IReadOnlyList<ReaderLeftOut> For(string caseFolder, string? templatesFolder)
    {
        var loaded = CaseLoader.Load(caseFolder);
        return loaded.Case is null ? [] : For(loaded.Case.Model, PrivacyDefaults.From(TemplateFolders.For(caseFolder, templatesFolder)));
    }

    private static List<LeftOutItem> Items(Case source, ReaderView view)
    {
        var plan = source.PathwayPlan!;
        var shown = view.Case.PathwayPlan!;
        var names = new ReviewNames(source, view);
        var items = new List<LeftOutItem>();
        const string path = "pathway_plan";
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            var goal = plan.Goals[i];
            if (view.Removed.Covers($"{path}.goals[{i}]"))
            {
                items.Add(new("Goal", $"{goal.Area}: {goal.InMyWords ?? goal.WhatINeed ?? "(no words yet)"}"));
                continue;
            }
            for (var j = 0; j < goal.Help.Count; j++)
                if (view.Removed.Covers($"{path}.goals[{i}].help[{j}]"))
                    items.Add(new("Step of help", $"{goal.Help[j].What} ({names.Full(goal.Help[j].Who)})"));
        }
        if (plan.PersonalAdviser is { } adviser && shown.PersonalAdviser is null) items.Add(new("The personal adviser's name", names.Full(adviser)));
        var mentioned = shown.Goals.SelectMany(g => g.Help).Select(h => h.Who).Append(shown.PersonalAdviser).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var id in mentioned)
            if (names.ShownAs(id) is { } other) items.Add(new("Named another way", $"{names.Full(id)}, shown as \"{other}\""));
        return items;
    }
}
