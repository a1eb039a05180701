using LifeStory.Cases.Editing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
    public static EditResult Put(string yaml, IReadOnlyList<DateOnly> dates, DateOnly date, Func<int, string> block)
    {
        var found = Locate(yaml);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (found.Items.Count != dates.Count) return EditResult.Refused("The reviews in case.yaml could not be matched to their dates; fix the list there first.");
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
                return EditResult.Done(string.Concat(yaml.AsSpan(0, found.KeyLineStart), "reviews:\n", block(2), yaml.AsSpan(lineEnd)));
            }
            var newline = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done($"{yaml}{newline}reviews:\n{block(2)}");
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

    private sealed record Found(IReadOnlyList<(int Start, int End)> Items, int Indent, bool Present, int KeyLineStart, string? Problem);

    private static Found Locate(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var items = new List<(int, int)>();
        var depth = 0;
        var expectKey = false;
        var inList = false;
        var present = false;
        var keyLineStart = 0;
        var indent = 2;
        var itemStart = -1;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (inList)
                {
                    switch (current)
                    {
                        case MappingStart or SequenceStart:
                            if (depth == 2 && current is MappingStart { Style: MappingStyle.Flow })
                                return Problem("A review is written on one line in braces; write it one field per line to record it here.");
                            if (depth == 2)
                            {
                                itemStart = LineStart(yaml, (int)current.Start.Index);
                                indent = (int)current.Start.Column - 3;
                            }
                            depth++;
                            continue;
                        case MappingEnd or SequenceEnd:
                            depth--;
                            if (depth == 2 && itemStart >= 0) items.Add((itemStart, LineStart(yaml, (int)current.End.Index, end: true)));
                            if (depth == 1)
                            {
                                // Each item ends where the next begins; the last where the list does, before blank lines.
                                for (var i = 0; i < items.Count - 1; i++) items[i] = (items[i].Item1, items[i + 1].Item1);
                                if (items.Count > 0) items[^1] = (items[^1].Item1, BeforeBlankLines(yaml, items[^1].Item1, items[^1].Item2));
                                inList = false;
                                expectKey = true;
                            }
                            continue;
                        case Scalar or AnchorAlias when depth == 2:
                            return Problem("A review is not written as date: and its other fields; fix it in case.yaml first.");
                        case AnchorAlias:
                            return Problem("A review refers to another part of the file (an alias); write it out in full to record it here.");
                        default:
                            continue;
                    }
                }
                switch (current)
                {
                    case MappingStart or SequenceStart: depth++; expectKey = depth == 1; break;
                    case MappingEnd or SequenceEnd: depth--; expectKey = depth == 1; break;
                    case Scalar { Value: "reviews" } key when depth == 1 && expectKey:
                        present = true;
                        keyLineStart = LineStart(yaml, (int)key.Start.Index);
                        if (parser.MoveNext() && parser.Current is SequenceStart list)
                        {
                            if (list.Style == SequenceStyle.Flow)
                            {
                                if (parser.MoveNext() && parser.Current is SequenceEnd) { expectKey = true; break; }
                                return Problem("The reviews are written on one line in brackets; write them as a list to record one here.");
                            }
                            inList = true;
                            depth = 2;
                        }
                        else if (parser.Current is Scalar { Value.Length: 0 }) expectKey = true;
                        else return Problem("reviews: in case.yaml is not a list of reviews; fix it there first.");
                        break;
                    case Scalar when depth == 1:
                        expectKey = !expectKey;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return Problem("case.yaml cannot be read as YAML; fix it there first.");
        }
        return new Found(items, indent, present, keyLineStart, null);
    }

    private static Found Problem(string problem) => new([], 0, false, 0, problem);

    private static int LineStart(string yaml, int index, bool end = false)
    {
        index = Math.Min(index, yaml.Length);
        if (end && index == yaml.Length) return yaml.Length;
        return index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
    }

    private static int BeforeBlankLines(string yaml, int start, int end)
    {
        while (end > start)
        {
            var lineStart = yaml.LastIndexOf('\n', Math.Max(0, end - 2)) + 1;
            if (lineStart <= start || !string.IsNullOrWhiteSpace(yaml[lineStart..end])) break;
            end = lineStart;
        }
        return end;
    }
}
