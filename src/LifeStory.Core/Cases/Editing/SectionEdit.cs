namespace LifeStory.Cases.Editing;

/// <summary>
/// Puts one top-level part of case.yaml (pathway_plan:, say) written afresh as block YAML in place of the one there,
/// or at the end of the file when there is none; every other byte stays as it was, as <see cref="LaterLifeLetterEdit"/>
/// does for the letter. Comments inside the replaced part are not kept; blank lines and comments after it lead into
/// what follows and stay.
/// </summary>
public static class SectionEdit
{
    /// <param name="block">The part as block YAML, its key at the start of the line ("pathway_plan:\n  written: …\n").</param>
    public static EditResult Put(string yaml, string key, string block)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = YamlOutline.Of(yaml);
        if (root is { Kind: not YamlOutlineKind.Mapping } || root is { Flow: true })
            return EditResult.Refused($"case.yaml is not a block mapping of sections, so {key} cannot be written into it. Open it in the YAML view and fix its layout first.");
        if (root?.Entry(key) is not { } entry)
        {
            var ending = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done(yaml + ending + "\n" + block);
        }
        if (YamlText.Column(yaml, entry.Key.Start) != 0)
            return EditResult.Refused($"{key} is indented in case.yaml, so it cannot be rewritten safely. Move it to the start of its line first.");
        var start = YamlText.LineStart(yaml, entry.Key.Start);
        var to = YamlText.LineEndAfter(yaml, entry.Value.Unwritten ? entry.Key.End : entry.Value.End);
        // A block scalar at the end ends past the blank lines after it; they separate this part from what follows and stay.
        to = Math.Min(to, start + yaml[start..to].TrimEnd(' ', '\r', '\n').Length + 1);
        return EditResult.Done(YamlText.Replace(yaml, start, to, block));
    }
}
