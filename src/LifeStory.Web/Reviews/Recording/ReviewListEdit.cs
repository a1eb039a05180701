using LifeStory.Cases.Editing;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// Puts one review into case.yaml's text: in place of the review held that day, or as a new one in date order. Only
/// that review's lines change; every other byte (comments, other reviews, their layout) stays as it was, as
/// <see cref="StorySectionEdit"/> does for the story. The review is written afresh by <see cref="ReviewYaml"/>, so
/// comments inside the replaced review are not kept.
/// </summary>
public static class ReviewListEdit
{
    /// <param name="dates">The date of each review in the file, in file order (from the loaded case).</param>
    /// <param name="block">The review as block YAML, its dash at column 0 (<see cref="ReviewYaml.Write"/>).</param>
    /// <param name="kind">Which list the meeting goes in: reviews (the default) or conferences.</param>
    public static EditResult Put(string yaml, IReadOnlyList<DateOnly> dates, DateOnly date, Func<int, string> block, Meetings.MeetingKind? kind = null)
    {
        kind ??= Meetings.MeetingKind.Review;
        var found = BlockList.Locate(yaml, kind.List, Words(kind));
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (found.Items.Count != dates.Count) return EditResult.Refused($"The {kind.List} in case.yaml could not be matched to their dates; fix the list there first.");
        var same = dates.ToList().IndexOf(date);
        if (same >= 0)
        {
            var (start, end) = found.Items[same];
            return EditResult.Done(string.Concat(yaml.AsSpan(0, start), block(found.Indent), yaml.AsSpan(end)));
        }
        if (found.Items.Count == 0)
        {
            if (found.Present)
            {
                var lineEnd = yaml.IndexOf('\n', found.KeyLineStart) is var n and >= 0 ? n + 1 : yaml.Length;
                return EditResult.Done(string.Concat(yaml.AsSpan(0, found.KeyLineStart), kind.List + ":\n", block(2), yaml.AsSpan(lineEnd)));
            }
            var newline = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done($"{yaml}{newline}{kind.List}:\n{block(2)}");
        }
        // Before the first review held later, so the list stays in date order; otherwise after the last.
        var later = dates.Select((d, i) => (d, i)).Where(x => x.d > date).Select(x => x.i).DefaultIfEmpty(-1).Min();
        var at = later >= 0 ? found.Items[later].Start : found.Items[^1].End;
        var before = at > 0 && yaml[at - 1] != '\n' ? "\n" : "";
        return EditResult.Done(string.Concat(yaml.AsSpan(0, at), before, block(found.Indent), yaml.AsSpan(at)));
    }

    /// <summary>Where the new or replaced review will sit in the list, so findings about reviews[i] can be matched to the form.</summary>
    public static int IndexFor(IReadOnlyList<DateOnly> dates, DateOnly date)
    {
        var same = dates.ToList().IndexOf(date);
        if (same >= 0) return same;
        var later = dates.Select((d, i) => (d, i)).Where(x => x.d > date).Select(x => x.i).DefaultIfEmpty(-1).Min();
        return later >= 0 ? later : dates.Count;
    }

    /// <summary>Why a list cannot be edited here, in the words of the meeting it holds ("A review is…", "A conference is…").</summary>
    private static BlockListWords Words(Meetings.MeetingKind kind) => new(
        $"A {kind.Name} is written on one line in braces; write it one field per line to record it here.",
        $"A {kind.Name} is not written as date: and its other fields; fix it in case.yaml first.",
        $"A {kind.Name} refers to another part of the file (an alias); write it out in full to record it here.",
        $"The {kind.List} are written on one line in brackets; write them as a list to record one here.",
        $"{kind.List}: in case.yaml is not a list of {kind.List}; fix it there first.");
}
