using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Wording;
using Scriban.Runtime;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Templating;

/// <summary>
/// One child protection conference as template values. Its meeting parts (who came, danger statements and safety
/// goals, the scale, the plan's steps, signatures) are the review's own values (ReviewData), so the two read alike;
/// the category, core group dates, review conference and full minutes are added here.
/// </summary>
internal static class ConferenceData
{
    public static ScriptObject For(Conference conference, Catalogue words, Func<string, string> nameOf,
        IReadOnlyDictionary<string, Person> people, Func<string, string?> pictureOf)
    {
        var data = ReviewData.For(conference.AsMeeting(), words, nameOf, people, pictureOf);
        data["plan"] = data["decisions"];
        // The letter and the record are the chair's own words ("Me"); the parents' summary names everyone, the chair too.
        // The record names people in full ("Chelsea Brooks", not "Mum"): it is read by professionals, not by the child.
        string FullName(string id) => people.TryGetValue(id, out var p) ? Text(p.Name)! : Capitalise(nameOf(id));
        foreach (var (step, i) in conference.Plan.Select((d, i) => (d, i)))
        {
            var item = (ScriptObject)((ScriptArray)data["plan"]!)[i]!;
            item["named"] = Capitalise(nameOf(step.Who));
            item["full_name"] = step.Who == conference.Chair ? "Me" : FullName(step.Who);
        }
        data["attended"] = Array(conference.People, a => new ScriptObject
        {
            ["full_name"] = FullName(a.Person), ["how"] = Snake(a.How),
            ["relationship"] = people.TryGetValue(a.Person, out var p) ? words.Term("relationship", Relationship(p.Relationship)) : "",
        });
        data.Remove("decisions");
        data["chair"] = data["iro"];
        data.Remove("iro");
        data["review_conference"] = data["next_review"];
        data.Remove("next_review");
        data["kind"] = Snake(conference.Kind);
        data["on_plan"] = conference.Category is not null;
        data["category"] = conference.Category is { } c ? PlanCategories.Title(c) : null;
        // The letter and the summary say what the plan is for in the catalogue's words (conf_plan_for_child_neglect…).
        data["category_key"] = conference.Category is { } k ? Snake(k) : null;
        var coreGroups = conference.CoreGroups.Order().Select(d => words.Date(d)).ToList();
        data["core_groups"] = new ScriptArray(coreGroups);
        data["core_group_dates"] = JoinNames((words.Say("comma"), words.Say("and")), coreGroups);
        // Written in Markdown by the chair for the professional record: it passes through as Markdown (HTML is still off).
        data["minutes"] = conference.Minutes?.Trim();
        return data;
    }
}
