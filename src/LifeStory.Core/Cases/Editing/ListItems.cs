namespace LifeStory.Cases.Editing;

/// <summary>
/// Adds an item at the end of a top-level list of case.yaml (writing the list when it is missing) and takes an item
/// out, line by line, so the rest of the file (comments between items included) stays as it was.
/// </summary>
public static class ListItems
{
    /// <param name="fields">The new item's fields in the order to write them; a dotted key goes in a record in braces.</param>
    public static EditResult Add(string yaml, string section, IReadOnlyList<KeyValuePair<string, YamlValue>> fields)
    {
        if (fields.Count == 0) return EditResult.Refused("A new item needs at least one field.");
        var root = YamlOutline.Of(yaml);
        if (root is not null && (root.Kind != YamlOutlineKind.Mapping || root.Flow))
            return EditResult.Refused("case.yaml does not start with one field per line; it cannot be edited here.");
        var list = root?.Entry(section);
        if (list is null)
        {
            var gap = yaml.Length == 0 || yaml.EndsWith("\n\n", StringComparison.Ordinal) ? "" : "\n";
            return EditResult.Done(YamlText.InsertLines(yaml, yaml.Length, $"{gap}{section}:\n{Item(fields, 2, 4)}"));
        }
        var (name, value) = list.Value;
        if (value.Kind == YamlOutlineKind.Sequence && !value.Flow)
        {
            var dash = YamlText.Column(yaml, value.Start);
            var first = value.Items[0];
            var column = first.Kind == YamlOutlineKind.Mapping && !first.Flow ? YamlText.Column(yaml, first.Start) : dash + 2;
            return EditResult.Done(YamlText.InsertLines(yaml, YamlText.LineEndAfter(yaml, value.End), Item(fields, dash, column)));
        }
        if (value is { Kind: YamlOutlineKind.Sequence, Items.Count: 0 } or { Unwritten: true })
            return EditResult.Done(YamlText.Replace(yaml, name.Start, YamlText.LineEndAfter(yaml, value.End), $"{section}:\n{Item(fields, 2, 4)}"));
        return EditResult.Refused($"'{section}' is written on one line in brackets; write it as one item per line to add to it here.");
    }

    /// <summary>Takes out item <paramref name="index"/>; the last one leaves an empty list (<c>[]</c>) behind.</summary>
    public static EditResult Remove(string yaml, string section, int index)
    {
        if (Find(yaml, section, index, out var problem) is not { } item) return EditResult.Refused(problem!);
        var (name, list) = YamlOutline.Of(yaml)!.Entry(section)!.Value;
        if (list.Flow) return EditResult.Refused($"'{section}' is written on one line in brackets; write it as one item per line to edit it here.");
        if (list.Items.Count == 1)
            return EditResult.Done(YamlText.Replace(yaml, name.Start, YamlText.LineEndAfter(yaml, list.End), $"{section}: []\n"));
        return EditResult.Done(YamlText.RemoveLines(yaml, YamlText.LineStart(yaml, item.Start), YamlText.LineEndAfter(yaml, item.End)));
    }

    /// <summary>Item <paramref name="index"/> of the list <paramref name="section"/>, or null with why not.</summary>
    internal static YamlOutline? Find(string yaml, string section, int index, out string? problem)
    {
        problem = null;
        var list = YamlOutline.Of(yaml)?.Entry(section)?.Value;
        if (list is { Kind: YamlOutlineKind.Sequence } && index >= 0 && index < list.Items.Count) return list.Items[index];
        problem = $"There is no item {index + 1} in '{section}' any more; someone may have taken it out. Open the list again.";
        return null;
    }

    private static string Item(IReadOnlyList<KeyValuePair<string, YamlValue>> fields, int dash, int column)
    {
        var lines = new List<string>();
        foreach (var group in fields.GroupBy(f => f.Key.Split('.')[0]))
        {
            var nested = group.Where(f => f.Key.Contains('.', StringComparison.Ordinal)).ToList();
            lines.Add(nested.Count == 0
                ? $"{group.Key}: {group.First().Value.Write(false)}"
                : $"{group.Key}: {{ {string.Join(", ", nested.Select(f => $"{f.Key[(f.Key.IndexOf('.', StringComparison.Ordinal) + 1)..]}: {f.Value.Write(true)}"))} }}");
        }
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            text.Append(i == 0 ? new string(' ', dash) + "-" + new string(' ', column - dash - 1) : new string(' ', column)).Append(lines[i]).Append('\n');
        return text.ToString();
    }
}
