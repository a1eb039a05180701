using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LifeStory.Cases.Editing;

/// <summary>
/// Changes one value of a top-level section of case.yaml (child, book) in the text itself, as a careful person
/// would by hand: every other byte, comments and layout included, stays as it was, so a saved version differs from
/// the one before by exactly the change and exports to a folder the CLI reads the same way.
/// </summary>
public static class CaseYamlEdit
{
    /// <summary>
    /// The new case.yaml with <paramref name="key"/> under <paramref name="section"/> set to <paramref name="value"/>
    /// (written by <see cref="YamlScalar"/>), added when missing, or taken out when <paramref name="value"/> is null.
    /// </summary>
    public static EditResult Set(string yaml, string section, string key, string? value)
    {
        var found = Locate(yaml, section, key);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (found.Value is { } span)
        {
            if (value is null) return EditResult.Done(RemoveLines(yaml, found.KeyStart, span.End));
            // A block scalar (| or >) runs to its last line's end: the new value ends its line the same way.
            var ending = yaml[span.Start..span.End].EndsWith('\n') ? "\n" : "";
            return EditResult.Done(string.Concat(yaml.AsSpan(0, span.Start), value, ending, yaml.AsSpan(span.End)));
        }
        if (value is null) return EditResult.Done(yaml);
        if (found.SectionEnd is not { } sectionEnd)
        {
            var newline = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done($"{yaml}{newline}{section}:\n  {key}: {value}\n");
        }
        var at = LineEndAfter(yaml, sectionEnd);
        var line = $"{new string(' ', found.Indent)}{key}: {value}\n";
        var before = at == yaml.Length && !yaml.EndsWith('\n') ? "\n" : "";
        return EditResult.Done(string.Concat(yaml.AsSpan(0, at), before, line, yaml.AsSpan(at)));
    }

    private sealed record Location(int KeyStart, (int Start, int End)? Value, int? SectionEnd, int Indent, string? Problem);

    private sealed class Frame(bool mapping, string? key)
    {
        public bool Mapping { get; } = mapping;

        public string? Key { get; } = key;

        public bool ExpectKey { get; set; } = true;

        public string? PendingKey { get; set; }

        public int PendingKeyStart { get; set; }
    }

    private static Location Locate(string yaml, string section, string key)
    {
        var parser = new Parser(new StringReader(yaml));
        var frames = new Stack<Frame>();
        int? sectionEnd = null;
        var indent = 2;
        var sectionSeen = false;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var top = frames.Count > 0 ? frames.Peek() : null;
            // Where we are: the root mapping is depth 1; the section's mapping is depth 2 under the key `section`.
            var inSection = frames.Count == 2 && frames.Peek().Mapping && frames.Peek().Key == section;
            switch (current)
            {
                case MappingStart start:
                    if (frames.Count == 1 && top!.PendingKey == section)
                    {
                        if (start.Style == MappingStyle.Flow)
                            return new Location(0, null, null, 0, $"'{section}' is written on one line in braces; write it as one field per line to edit it here.");
                        sectionSeen = true;
                    }
                    frames.Push(new Frame(true, top?.PendingKey));
                    break;
                case SequenceStart:
                    if (inSection && top!.PendingKey == key)
                        return new Location(0, null, null, 0, $"'{section}.{key}' holds a list, not a single value.");
                    frames.Push(new Frame(false, top?.PendingKey));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    if (frames.Count > 0) Consumed(frames.Peek());
                    break;
                case Scalar or AnchorAlias:
                    if (top is { Mapping: true, ExpectKey: true } && current is Scalar name)
                    {
                        top.PendingKey = name.Value;
                        top.PendingKeyStart = (int)name.Start.Index;
                        top.ExpectKey = false;
                        if (inSection && sectionEnd is null) indent = (int)name.Start.Column - 1;
                        break;
                    }
                    if (frames.Count == 1 && top!.PendingKey == section)
                        return new Location(0, null, null, 0, $"'{section}' has no fields under it; write its first field by hand or import the case again.");
                    if (inSection)
                    {
                        sectionEnd = (int)current.End.Index;
                        if (top!.PendingKey == key)
                        {
                            if (current is not Scalar)
                                return new Location(0, null, null, 0, $"'{section}.{key}' refers to another part of the file (an alias); change it there.");
                            return new Location(top.PendingKeyStart, ((int)current.Start.Index, (int)current.End.Index), sectionEnd, indent, null);
                        }
                    }
                    if (top is not null) Consumed(top);
                    break;
            }
            // The end of the last thing written in the section, for adding a field after it: a scalar's own end, or a
            // closing bracket (a block mapping's or list's end is only found at the next token, past blank lines).
            if (UnderSection(frames, section) && (current is Scalar or AnchorAlias || Closes(current)))
                sectionEnd = (int)current.End.Index;
        }
        if (sectionSeen && sectionEnd is null)
            return new Location(0, null, null, 0, $"'{section}' is empty; write its first field by hand or import the case again.");
        return new Location(0, null, sectionEnd, indent, null);
    }

    private static bool UnderSection(Stack<Frame> frames, string section) =>
        frames.Count >= 2 && frames.ElementAt(frames.Count - 2).Key == section;

    private static bool Closes(ParsingEvent current) => current switch
    {
        SequenceEnd or MappingEnd => current.Start.Index != current.End.Index,
        _ => false,
    };

    private static void Consumed(Frame frame)
    {
        if (!frame.Mapping) return;
        frame.ExpectKey = true;
        frame.PendingKey = null;
    }

    private static int LineEndAfter(string yaml, int index)
    {
        if (index > 0 && yaml[index - 1] == '\n') return index;
        var newline = yaml.IndexOf('\n', index);
        return newline < 0 ? yaml.Length : newline + 1;
    }

    private static string RemoveLines(string yaml, int from, int to)
    {
        var start = yaml.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        var end = LineEndAfter(yaml, to);
        return string.Concat(yaml.AsSpan(0, start), yaml.AsSpan(end));
    }
}

/// <summary>The edited case.yaml, or why the edit could not be made (nothing is changed then).</summary>
public sealed record EditResult(string? Yaml, string? Problem)
{
    public static EditResult Done(string yaml) => new(yaml, null);

    public static EditResult Refused(string problem) => new(null, problem);
}
