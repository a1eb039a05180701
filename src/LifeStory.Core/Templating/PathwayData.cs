using LifeStory.Cases.Model;
using LifeStory.Languages;
using Scriban.Runtime;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Templating;

/// <summary>
/// A pathway plan as template values: the young person's goals in the order of their life's parts, each with their
/// own words first, what they need, and who will help by when; their adviser; Staying Put and the local offer.
/// </summary>
internal static class PathwayData
{
    public static ScriptObject For(PathwayPlan plan, Catalogue words, Func<string, string> nameOf, IReadOnlyDictionary<string, Person> people)
    {
        var adviser = plan.PersonalAdviser is { } id && people.TryGetValue(id, out var person) ? person : null;
        return new ScriptObject
        {
            ["written"] = words.Date(plan.Written),
            ["about_me"] = Text(plan.AboutMe),
            ["goals"] = Array(plan.Goals.Select((g, i) => (g, i)).OrderBy(x => x.g.Area).ThenBy(x => x.i), x => new ScriptObject
            {
                ["area"] = Snake(x.g.Area),
                ["in_my_words"] = Text(x.g.InMyWords), ["what_i_need"] = Text(x.g.WhatINeed),
                ["help"] = Array(x.g.Help, h => new ScriptObject
                {
                    ["what"] = Text(h.What), ["who"] = Capitalise(nameOf(h.Who)), ["me"] = h.Who == "child",
                    ["by"] = h.By is null ? "" : words.Date(h.By),
                }),
            }),
            ["own_words"] = plan.Goals.Count(g => !string.IsNullOrWhiteSpace(g.InMyWords)),
            ["adviser"] = adviser is null ? null : new ScriptObject
            {
                ["name"] = Text(adviser.ChildName), ["full_name"] = Text(adviser.Name), ["about"] = Text(adviser.About),
            },
            ["staying_put"] = Text(plan.StayingPut),
            ["local_offer"] = Text(plan.LocalOffer),
            ["next_review"] = plan.NextReview is null ? null : words.Date(plan.NextReview.Value),
            ["signed"] = plan.IsSigned,
            ["signatures"] = Array(plan.Signed.Where(s => s.Changed is null), s => new ScriptObject
            {
                ["who"] = Capitalise(nameOf(s.By)), ["me"] = s.By == "child", ["date"] = words.Date(s.Date),
            }),
            ["corrections"] = Array(plan.Signed.Where(s => !string.IsNullOrWhiteSpace(s.Changed)), s => new ScriptObject
            {
                ["date"] = words.Date(s.Date), ["changed"] = Text(s.Changed),
            }),
        };
    }
}
