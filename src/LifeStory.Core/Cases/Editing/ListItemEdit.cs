namespace LifeStory.Cases.Editing;

/// <summary>
/// Changes one field of one item of a top-level list of case.yaml (<c>people[2].known_as</c>), keeping every other
/// byte. A dotted key reaches into a record inside the item (<c>shown_as.parents</c>, <c>address.hidden_from</c>):
/// a record that is not there yet is written in braces, as case.yaml's own examples write small records.
/// </summary>
public static class ListItemEdit
{
    /// <param name="value">The new value, or null to take the field out.</param>
    public static EditResult Set(string yaml, string section, int index, string key, YamlValue? value)
    {
        var found = ListItems.Find(yaml, section, index, out var problem);
        if (found is not { } item) return EditResult.Refused(problem!);
        if (item.Kind != YamlOutlineKind.Mapping || item.Flow)
            return EditResult.Refused($"Item {index + 1} of '{section}' is written on one line; write it as one field per line to edit it here.");
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var edited = dot < 0
            ? MappingEdit.Set(yaml, item, key, value, out problem)
            : SetNested(yaml, item, key[..dot], key[(dot + 1)..], value, out problem);
        return edited is null ? EditResult.Refused(problem!) : EditResult.Done(edited);
    }

    private static string? SetNested(string yaml, YamlOutline item, string outer, string inner, YamlValue? value, out string? problem)
    {
        problem = null;
        if (item.Entry(outer) is not { } entry) return value is null ? yaml : InsertRecord(yaml, item, outer, inner, value);
        var record = entry.Value;
        if (record.Kind == YamlOutlineKind.Mapping)
        {
            var edited = MappingEdit.Set(yaml, record, inner, value, out problem);
            if (edited is null) return null;
            // A record left with nothing in it would read as an empty value, so it goes too.
            var again = ItemAt(YamlOutline.Of(edited)!, item.Start);
            return again.Entry(outer)?.Value is { Kind: YamlOutlineKind.Mapping, Entries.Count: 0 } or { Unwritten: true }
                ? MappingEdit.Set(edited, again, outer, null, out problem)
                : edited;
        }
        // A single value stands for a record's text (an address written as plain words): the text is that value.
        if (inner == "text") return MappingEdit.Set(yaml, item, outer, value, out problem);
        if (value is null) return yaml;
        var text = YamlValue.Scalar(record.Value, FormFieldKind.Text).Write(true);
        return YamlText.Replace(yaml, record.Start, record.End, $"{{ text: {text}, {inner}: {value.Write(true)} }}");
    }

    private static string InsertRecord(string yaml, YamlOutline item, string outer, string inner, YamlValue value)
    {
        var column = YamlText.Column(yaml, item.Entries[0].Key.Start);
        return YamlText.InsertLines(yaml, YamlText.LineEndAfter(yaml, item.End), $"{new string(' ', column)}{outer}: {{ {inner}: {value.Write(true)} }}\n");
    }

    /// <summary>The same item in the edited text: found again by where it starts, which an edit inside it does not move.</summary>
    private static YamlOutline ItemAt(YamlOutline root, int start) =>
        root.Entries.Where(e => e.Value.Kind == YamlOutlineKind.Sequence).SelectMany(e => e.Value.Items).First(i => i.Start == start);
}
