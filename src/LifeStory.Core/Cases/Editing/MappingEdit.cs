namespace LifeStory.Cases.Editing;

/// <summary>
/// Sets, adds or takes out one key of a mapping already found in case.yaml's text. A value written on the key's line
/// is swapped for the new one (a comment after it stays); a value over several lines gives way to one line.
/// </summary>
internal static class MappingEdit
{
    /// <summary>The new text, or null with <paramref name="problem"/> set when the edit would break the file.</summary>
    public static string? Set(string yaml, YamlOutline mapping, string key, YamlValue? value, out string? problem)
    {
        problem = null;
        if (mapping.Flow) return SetInFlow(yaml, mapping, key, value);
        var index = IndexOf(mapping, key);
        if (index < 0)
        {
            if (value is null) return yaml;
            var column = YamlText.Column(yaml, mapping.Entries[0].Key.Start);
            return YamlText.InsertLines(yaml, YamlText.LineEndAfter(yaml, mapping.End), $"{new string(' ', column)}{key}: {value.Write(false)}\n");
        }
        var (name, old) = mapping.Entries[index];
        if (value is not null && Holds(old, value)) return yaml;
        if (value is not null)
        {
            return old.Inline
                ? YamlText.Replace(yaml, old.Start, old.End, value.Write(false))
                : YamlText.Replace(yaml, name.Start, YamlText.LineEndAfter(yaml, old.End), $"{key}: {value.Write(false)}\n");
        }
        var lineStart = YamlText.LineStart(yaml, name.Start);
        if (yaml[lineStart..name.Start].Trim() != "-")
            return YamlText.RemoveLines(yaml, lineStart, YamlText.LineEndAfter(yaml, old.End));
        // The first key of a list item shares its line with the dash: the next key moves up beside the dash.
        if (mapping.Entries.Count == 1)
        {
            problem = $"'{key}' is all this item holds; remove the whole item instead.";
            return null;
        }
        return YamlText.Replace(yaml, name.Start, mapping.Entries[index + 1].Key.Start, "");
    }

    /// <summary>A mapping in braces is written again in braces, each other entry exactly as it was.</summary>
    private static string SetInFlow(string yaml, YamlOutline mapping, string key, YamlValue? value)
    {
        var entries = mapping.Entries
            .Select(e => (Key: e.Key.Value, Text: $"{yaml[e.Key.Start..e.Key.End]}: {yaml[e.Value.Start..e.Value.End]}"))
            .ToList();
        var index = entries.FindIndex(e => e.Key == key);
        var written = value is null ? null : $"{key}: {value.Write(true)}";
        if (index >= 0 && written is null) entries.RemoveAt(index);
        else if (index >= 0) entries[index] = (key, written!);
        else if (written is not null) entries.Add((key, written));
        else return yaml;
        return YamlText.Replace(yaml, mapping.Start, mapping.End, "{ " + string.Join(", ", entries.Select(e => e.Text)) + " }");
    }

    /// <summary>A value already written as asked is left as written: its quotes and style are the author's.</summary>
    private static bool Holds(YamlOutline old, YamlValue value) => value.IsList
        ? old.Kind == YamlOutlineKind.Sequence && old.Items.Select(i => i.Value).SequenceEqual(value.Texts)
        : old is { Kind: YamlOutlineKind.Scalar, Unwritten: false } && old.Value == value.Texts[0];

    private static int IndexOf(YamlOutline mapping, string key)
    {
        for (var i = 0; i < mapping.Entries.Count; i++)
            if (mapping.Entries[i].Key.Kind == YamlOutlineKind.Scalar && mapping.Entries[i].Key.Value == key) return i;
        return -1;
    }
}
