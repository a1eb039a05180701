using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LifeStory.Cases.Editing;

/// <summary>
/// Adds items to a top-level list of case.yaml (photos, drawings) and changes one key of one item, in the text
/// itself: every other byte, comments and layout included, stays as it was (as <see cref="CaseYamlEdit"/> does for
/// the child and the book). A value's comment on the same line survives a change of that value.
/// </summary>
public static class CaseYamlList
{
    /// <summary>
    /// The new case.yaml with an item added at the end of the list <paramref name="list"/> (made when missing). Each
    /// of <paramref name="fields"/> is a key and its value already written as YAML (<see cref="YamlScalar"/>, or flow
    /// text such as "[kelly]").
    /// </summary>
    public static EditResult Append(string yaml, string list, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        if (fields.Count == 0) return EditResult.Refused("An item needs at least one field.");
        var found = Locate(yaml, list);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        var keyIndent = found.Items.Count > 0 ? found.Items[0].KeyIndent : 4;
        var item = Item(fields, keyIndent);
        if (found.Items.Count > 0)
        {
            var at = LineEndAfter(yaml, found.Items[^1].End);
            var before = at == yaml.Length && !yaml.EndsWith('\n') ? "\n" : "";
            return EditResult.Done(string.Concat(yaml.AsSpan(0, at), before, item, yaml.AsSpan(at)));
        }
        if (found.KeyStart is { } keyStart)
        {
            // "photos: []" or "photos:" with nothing under it: the line becomes the list's heading.
            var start = LineStart(yaml, keyStart);
            var end = LineEndAfter(yaml, found.ValueEnd!.Value);
            return EditResult.Done(string.Concat(yaml.AsSpan(0, start), $"{list}:\n", item, yaml.AsSpan(end)));
        }
        var newline = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
        return EditResult.Done($"{yaml}{newline}{list}:\n{item}");
    }

    /// <summary>
    /// The new case.yaml with <paramref name="key"/> of item <paramref name="index"/> of <paramref name="list"/> set to
    /// <paramref name="value"/> (YAML text), added after the item's last line when missing, or taken out when null.
    /// </summary>
    public static EditResult Set(string yaml, string list, int index, string key, string? value)
    {
        var found = Locate(yaml, list, key);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (index < 0 || index >= found.Items.Count) return EditResult.Refused($"'{list}' has no item {index + 1}; it may have been taken out by someone else.");
        var item = found.Items[index];
        if (item.Problem is { } itemProblem) return EditResult.Refused(itemProblem);
        if (item.Value is { } span)
        {
            if (value is null) return EditResult.Done(string.Concat(yaml.AsSpan(0, LineStart(yaml, span.KeyStart)), yaml.AsSpan(LineEndAfter(yaml, span.End))));
            return EditResult.Done(string.Concat(yaml.AsSpan(0, span.KeyStart), $"{key}: {value}", yaml.AsSpan(span.End)));
        }
        if (value is null) return EditResult.Done(yaml);
        var at = LineEndAfter(yaml, item.End);
        var before = at == yaml.Length && !yaml.EndsWith('\n') ? "\n" : "";
        return EditResult.Done(string.Concat(yaml.AsSpan(0, at), before, $"{new string(' ', item.KeyIndent)}{key}: {value}\n", yaml.AsSpan(at)));
    }

    private static string Item(IReadOnlyList<KeyValuePair<string, string>> fields, int keyIndent)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            text.Append(i == 0 ? new string(' ', keyIndent - 2) + "- " : new string(' ', keyIndent));
            text.Append(fields[i].Key).Append(": ").Append(fields[i].Value).Append('\n');
        }
        return text.ToString();
    }

    private sealed record ItemPlace(int KeyIndent, int End, (int KeyStart, int End)? Value, string? Problem);

    private sealed record ListPlace(IReadOnlyList<ItemPlace> Items, int? KeyStart, int? ValueEnd, string? Problem);

    private sealed class ItemScan
    {
        public int KeyIndent { get; set; } = -1;
        public int End { get; set; }
        public int? KeyStart { get; set; }
        public int? ValueEnd { get; set; }
        public string? Problem { get; set; }
    }

    /// <summary>
    /// Walks the parser's events keeping the depth: the root mapping is depth 1, the list depth 2, an item's mapping
    /// depth 3 and anything inside an item's values deeper. Each item's end is the end of the last thing written in it.
    /// </summary>
    private static ListPlace Locate(string yaml, string list, string? key = null)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var rootExpectsKey = true;
        string? rootKey = null;
        var itemExpectsKey = true;
        var inList = false;
        int? listKeyStart = null;
        int? listValueEnd = null;
        var items = new List<ItemScan>();
        ItemScan? current = null;
        var valueOfKey = false;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            if (inList && depth >= 3 && current is not null && e is Scalar or AnchorAlias or SequenceEnd or MappingEnd)
            {
                // A block collection's end is only found at the next token, past blank lines: only what is written counts.
                var start = (int)e.Start.Index;
                var written = e is Scalar or AnchorAlias || (start < yaml.Length && yaml[start] is ']' or '}');
                var end = e is Scalar or AnchorAlias ? (int)e.End.Index : start + 1;
                if (written && !(depth == 3 && e is MappingEnd))
                {
                    current.End = end;
                    if (valueOfKey) current.ValueEnd = end;
                }
            }
            switch (e)
            {
                case MappingStart or SequenceStart:
                    if (depth == 1 && rootKey == list)
                    {
                        if (e is MappingStart) return Refused($"'{list}' should be a list (each item starting with '-').");
                        if (((SequenceStart)e).Style == SequenceStyle.Flow)
                        {
                            if (!parser.MoveNext() || parser.Current is not SequenceEnd)
                                return Refused($"'{list}' is written on one line in brackets; write it as one item per line to edit it here.");
                            listValueEnd = (int)parser.Current.Start.Index + 1;
                            rootExpectsKey = true;
                            break;
                        }
                        inList = true;
                    }
                    else if (inList && depth == 2)
                    {
                        current = new ItemScan();
                        items.Add(current);
                        itemExpectsKey = true;
                        if (e is not MappingStart { Style: not MappingStyle.Flow })
                            current.Problem = $"Item {items.Count} of '{list}' is not written as one field per line; change it by hand.";
                    }
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    if (depth == 1 && inList) return new ListPlace(items.Select(Place).ToList(), listKeyStart, null, null);
                    if (depth == 1) rootExpectsKey = true;
                    if (depth == 3 && inList) { itemExpectsKey = true; valueOfKey = false; }
                    break;
                case Scalar or AnchorAlias:
                    if (depth == 1)
                    {
                        if (rootExpectsKey && e is Scalar name)
                        {
                            rootKey = name.Value;
                            if (rootKey == list) listKeyStart = (int)name.Start.Index;
                            rootExpectsKey = false;
                        }
                        else
                        {
                            if (rootKey == list) listValueEnd = (int)e.End.Index;
                            rootExpectsKey = true;
                        }
                    }
                    else if (inList && depth == 2)
                    {
                        items.Add(new ItemScan { Problem = $"Item {items.Count + 1} of '{list}' is a single value, not a set of fields; change it by hand." });
                    }
                    else if (inList && depth == 3 && current is not null)
                    {
                        if (itemExpectsKey && e is Scalar itemKey)
                        {
                            if (current.KeyIndent < 0) current.KeyIndent = (int)itemKey.Start.Column - 1;
                            itemExpectsKey = false;
                            valueOfKey = itemKey.Value == key;
                            if (valueOfKey) current.KeyStart = (int)itemKey.Start.Index;
                        }
                        else
                        {
                            if (valueOfKey && e is AnchorAlias) current.Problem = $"'{key}' refers to another part of the file (an alias); change it there.";
                            itemExpectsKey = true;
                            valueOfKey = false;
                        }
                    }
                    break;
            }
        }
        if (listKeyStart is not null && listValueEnd is null) listValueEnd = listKeyStart + list.Length;
        return new ListPlace([], listKeyStart, listValueEnd, null);
    }

    private static ListPlace Refused(string problem) => new([], null, null, problem);

    private static ItemPlace Place(ItemScan item) => new(item.KeyIndent < 0 ? 4 : item.KeyIndent, item.End,
        item.KeyStart is { } start && item.ValueEnd is { } end ? (start, end) : null, item.Problem);

    private static int LineStart(string yaml, int index) => index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;

    private static int LineEndAfter(string yaml, int index)
    {
        if (index > 0 && yaml[index - 1] == '\n') return index;
        var newline = yaml.IndexOf('\n', index);
        return newline < 0 ? yaml.Length : newline + 1;
    }
}
