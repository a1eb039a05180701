using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Wording;
using Scriban.Runtime;
using static LifeStory.Templating.ScriptValues;

namespace LifeStory.Templating;

/// <summary>
/// The child's care route as templates see it: which route, and the names and dates each route's page tells
/// (who the special guardians are, whom the child went home to and when, who helps a young person leave care).
/// Every value comes from the case; a route's page says nothing the case does not.
/// </summary>
internal static class CareData
{
    /// <summary>
    /// The family a child lived with on a date, when that home was with birth family or special guardians ("Dad"),
    /// so a letter about that day says "ask Dad" where it would say "ask your carer"; null for any other home.
    /// </summary>
    public static string? FamilyAtHome(Case model, DateOnly date, Func<Home, IReadOnlyList<string>> livedThere, Func<string, string> nameOf)
    {
        var day = PartialDate.FromDate(date);
        var home = model.Homes.Where(h => h.From.CompareTo(day) <= 0 && (h.To is null || h.To.Latest >= date)).OrderBy(h => h.From).LastOrDefault();
        if (home is null || home.Kind is not (HomeKind.BirthFamily or HomeKind.SpecialGuardianship)) return null;
        var names = livedThere(home).Where(id => model.People.Any(p => p.Id == id && p.Died is null
            && p.Group is PersonGroup.BirthFamily or PersonGroup.SpecialGuardians)).Select(nameOf).ToList();
        return names.Count == 0 ? null : JoinNames(names);
    }

    /// <param name="when">"when you were 3" for a date, in the document's language.</param>
    public static ScriptObject For(Case model, DateOnly today, Catalogue words, Func<PartialDate, string> when, IReadOnlyDictionary<string, Person> people,
        Func<Home, IReadOnlyList<string>> livedThere, Func<string, string> nameOf)
    {
        var route = CareRoutes.For(model);
        var now = CareRoutes.CurrentHome(model);
        var before = CareRoutes.HomeBefore(model);
        var living = model.People.Where(p => p.Died is null).ToList();
        var and = (words.Say("comma"), words.Say("and"));
        string Names(IEnumerable<Person> who) => JoinNames(and, who.Select(p => Text(p.ChildName)!).ToList());
        bool InGroup(string id, PersonGroup group) => people.TryGetValue(id, out var p) && p.Group == group;

        var guardians = living.Where(p => p.Group == PersonGroup.SpecialGuardians).ToList();
        // Going home is to the birth family the child lives with now; anyone else in that home is named by the homes page.
        var homeTo = now is null ? [] : livedThere(now).Where(id => InGroup(id, PersonGroup.BirthFamily)).ToList();
        var adviser = living.FirstOrDefault(p => p.Group == PersonGroup.Others
            && p.Relationship.Contains("personal adviser", StringComparison.OrdinalIgnoreCase));
        var socialWorker = living.FirstOrDefault(p => p.Group == PersonGroup.SocialWorker);
        var carersNow = now is null ? [] : livedThere(now).Where(id => InGroup(id, PersonGroup.Carers)).ToList();
        return new ScriptObject
        {
            ["route"] = Snake(route),
            ["leaving_care"] = CareRoutes.LeavingCare(model, today),
            ["guardians"] = Names(guardians),
            ["guardian_count"] = guardians.Count,
            ["home_to"] = JoinNames(and, homeTo.Select(nameOf).ToList()),
            ["home_to_count"] = homeTo.Count,
            // "went back to live with Dad" only if the child lived with Dad before; otherwise "went to live with".
            ["back"] = homeTo.Count > 0 && model.Homes.Where(h => h != now && h.Kind == HomeKind.BirthFamily)
                .Any(h => livedThere(h).Intersect(homeTo, StringComparer.Ordinal).Any()),
            ["home_name"] = Text(now?.Name),
            // "in September 2026" or "on 4 September 2026": the preposition follows how precisely the date is known.
            ["since"] = now is null ? null : words.Say(now.From.Day is null ? "in_month" : "on_day", new Dictionary<string, object?> { ["date"] = words.Date(now.From) }),
            ["since_when"] = now is null ? null : when(now.From),
            ["before_name"] = Text(before?.Name),
            ["before_people"] = before is null ? "" : JoinNames(and, livedThere(before).Select(nameOf).ToList()),
            ["personal_adviser"] = Text(adviser?.ChildName),
            ["social_worker"] = Text(socialWorker?.ChildName),
            // Staying Put is for young people in foster care: it names the carers they could stay on with.
            ["staying_put_with"] = route == CareRoute.Fostering ? JoinNames(and, carersNow.Select(nameOf).ToList()) : "",
        };
    }
}
