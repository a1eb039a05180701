using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>Every id that points at a person or a photo names one that exists in the case.</summary>
internal static class ReferenceChecks
{
    /// <summary>The id a decision or a score uses for the child themselves, who is not in people.</summary>
    public const string ChildId = "child";

    public static void Run(CheckContext context)
    {
        var c = context.Case;
        var people = new Target("people", "anyone in people", "a person", c.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
        var photos = new Target("photos", "a photo in photos", "a photo", c.Photos.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));

        Check(context, "child.cover_photo", c.Child.CoverPhoto, photos);
        for (var i = 0; i < c.People.Count; i++) Check(context, $"people[{i}].photo", c.People[i].Photo, photos);
        for (var i = 0; i < c.Homes.Count; i++)
        {
            Check(context, $"homes[{i}].photo", c.Homes[i].Photo, photos);
            CheckAll(context, $"homes[{i}].people", c.Homes[i].People, people);
        }
        for (var i = 0; i < c.Photos.Count; i++) CheckAll(context, $"photos[{i}].people", c.Photos[i].People, people);
        for (var i = 0; i < c.Timeline.Count; i++) CheckAll(context, $"timeline[{i}].photos", c.Timeline[i].Photos, photos);
        var drawings = new Target("drawings", "a drawing in drawings", "a drawing", c.Drawings.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        for (var i = 0; i < c.WordsAndPictures.Count; i++) Check(context, $"words_and_pictures[{i}].drawing", c.WordsAndPictures[i].Drawing, drawings);
        if (c.LaterLifeLetter is { } letter) Check(context, "later_life_letter.from", letter.From, people);

        var peopleOrChild = people with { Ids = people.Ids.Append(ChildId).ToHashSet(StringComparer.Ordinal), AllowsChild = true };
        for (var r = 0; r < c.Reviews.Count; r++)
        {
            var review = c.Reviews[r];
            var path = $"reviews[{r}]";
            Check(context, path + ".iro", review.Iro, people);
            for (var i = 0; i < review.People.Count; i++) Check(context, $"{path}.people[{i}].person", review.People[i].Person, people);
            for (var i = 0; i < review.Worries.Count; i++)
                CheckAll(context, $"{path}.worries[{i}].who_is_worried", review.Worries[i].WhoIsWorried, people);
            for (var i = 0; i < review.Decisions.Count; i++) Check(context, $"{path}.decisions[{i}].who", review.Decisions[i].Who, peopleOrChild);
            for (var i = 0; i < review.Scale.Count; i++) Check(context, $"{path}.scale[{i}].person", review.Scale[i].Person, peopleOrChild);
            for (var i = 0; i < review.Signed.Count; i++) Check(context, $"{path}.signed[{i}].by", review.Signed[i].By, people);
        }
        for (var k = 0; k < c.Conferences.Count; k++)
        {
            var conference = c.Conferences[k];
            var path = $"conferences[{k}]";
            Check(context, path + ".chair", conference.Chair, people);
            for (var i = 0; i < conference.People.Count; i++) Check(context, $"{path}.people[{i}].person", conference.People[i].Person, people);
            for (var i = 0; i < conference.Worries.Count; i++)
                CheckAll(context, $"{path}.worries[{i}].who_is_worried", conference.Worries[i].WhoIsWorried, people);
            for (var i = 0; i < conference.Plan.Count; i++) Check(context, $"{path}.plan[{i}].who", conference.Plan[i].Who, peopleOrChild);
            for (var i = 0; i < conference.Scale.Count; i++) Check(context, $"{path}.scale[{i}].person", conference.Scale[i].Person, peopleOrChild);
            for (var i = 0; i < conference.Signed.Count; i++) Check(context, $"{path}.signed[{i}].by", conference.Signed[i].By, people);
        }
        if (c.PathwayPlan is { } plan)
        {
            Check(context, "pathway_plan.personal_adviser", plan.PersonalAdviser, people);
            for (var g = 0; g < plan.Goals.Count; g++)
                for (var i = 0; i < plan.Goals[g].Help.Count; i++)
                    Check(context, $"pathway_plan.goals[{g}].help[{i}].who", plan.Goals[g].Help[i].Who, peopleOrChild);
            // The young person signs their own plan, as "child".
            for (var i = 0; i < plan.Signed.Count; i++) Check(context, $"pathway_plan.signed[{i}].by", plan.Signed[i].By, peopleOrChild);
        }
    }

    private static void CheckAll(CheckContext context, string path, IReadOnlyList<string> ids, Target target)
    {
        for (var i = 0; i < ids.Count; i++) Check(context, $"{path}[{i}]", ids[i], target);
    }

    private static void Check(CheckContext context, string path, string? id, Target target)
    {
        // Blank required ids are reported by the empty-text check; blank optional ones mean "none".
        if (string.IsNullOrWhiteSpace(id) || target.Ids.Contains(id)) return;
        var closest = Spelling.Closest(id, target.Ids);
        var fix = closest is not null
            ? $"Did you mean '{closest}'?"
            : $"Add {target.Kind} with id: {id} to {target.List}, or correct the id." +
              (target.AllowsChild ? $" Use {ChildId} for the child." : "");
        context.Error("unknown-reference", path, $"'{id}' is not the id of {target.Described}.", fix);
    }

    /// <summary>A list ids can point into, and how to talk about it.</summary>
    private sealed record Target(string List, string Described, string Kind, IReadOnlySet<string> Ids)
    {
        public bool AllowsChild { get; init; }
    }
}
