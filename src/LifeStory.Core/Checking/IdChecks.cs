namespace LifeStory.Checking;

/// <summary>Ids are how one part of a case points at another, so each list's ids must be different.</summary>
internal static class IdChecks
{
    public static void Run(CheckContext context)
    {
        var c = context.Case;
        Unique(context, "people", c.People.Select(p => p.Id));
        Unique(context, "photos", c.Photos.Select(p => p.Id));
        Unique(context, "homes", c.Homes.Select(h => h.Id));
        Unique(context, "schools", c.Schools.Select(s => s.Id));
        Unique(context, "drawings", c.Drawings.Select(d => d.Id));
        Unique(context, "story", c.Story.Select(s => s.Id));
    }

    private static void Unique(CheckContext context, string list, IEnumerable<string> ids)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                index++;
                continue;
            }
            if (first.TryGetValue(id, out var earlier))
            {
                var earlierPath = $"{list}[{earlier}]";
                context.Error("duplicate-id", $"{list}[{index}].id",
                    $"'{id}' is already the id of {earlierPath}{context.LineOf(earlierPath + ".id")}.",
                    "Give each one a different id, and check which one other parts of the case mean.");
            }
            else
            {
                first[id] = index;
            }
            index++;
        }
    }
}
