using System.Globalization;
using System.Text;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Editing;

/// <summary>
/// Adds, rewrites or takes out one story section in case.yaml's text: only the lines of that section change, every
/// other byte (comments, other sections, their layout) stays as it was. A rewritten section is written afresh from
/// its record (id, title, place, who it is hidden from, then its Markdown as a block), so comments inside that one
/// section are not kept.
/// </summary>
public static class StorySectionEdit
{
    /// <summary>case.yaml with the section at <paramref name="index"/> (0-based) replaced by <paramref name="section"/>.</summary>
    public static EditResult Replace(string yaml, int index, StorySection section)
    {
        var found = Locate(yaml);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (index < 0 || index >= found.Items.Count) return EditResult.Refused("That part of the story is no longer there; open the story again.");
        var (start, end) = found.Items[index];
        return EditResult.Done(string.Concat(yaml.AsSpan(0, start), Write(section, found.Indent), yaml.AsSpan(end)));
    }

    /// <summary>case.yaml with <paramref name="section"/> added after the last story section (and a story: list made when there is none).</summary>
    public static EditResult Add(string yaml, StorySection section)
    {
        var found = Locate(yaml);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (found.Items.Count == 0)
        {
            if (found.Present)
            {
                // An empty story: line becomes the list's first line.
                var lineEnd = yaml.IndexOf('\n', found.KeyLineStart) is var n and >= 0 ? n + 1 : yaml.Length;
                return EditResult.Done(string.Concat(yaml.AsSpan(0, found.KeyLineStart), "story:\n", Write(section, 2), yaml.AsSpan(lineEnd)));
            }
            var newline = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done($"{yaml}{newline}story:\n{Write(section, 2)}");
        }
        var at = found.Items[^1].End;
        var before = at > 0 && yaml[at - 1] != '\n' ? "\n" : "";
        return EditResult.Done(string.Concat(yaml.AsSpan(0, at), before, Write(section, found.Indent), yaml.AsSpan(at)));
    }

    /// <summary>case.yaml without the section at <paramref name="index"/> (0-based); the last one takes its story: line with it.</summary>
    public static EditResult Remove(string yaml, int index)
    {
        var found = Locate(yaml);
        if (found.Problem is { } problem) return EditResult.Refused(problem);
        if (index < 0 || index >= found.Items.Count) return EditResult.Refused("That part of the story is no longer there; open the story again.");
        var (start, end) = found.Items.Count == 1 ? (found.KeyLineStart, found.Items[0].End) : found.Items[index];
        return EditResult.Done(string.Concat(yaml.AsSpan(0, start), yaml.AsSpan(end)));
    }

    /// <summary>One section as block YAML, its dash indented by <paramref name="indent"/> spaces.</summary>
    public static string Write(StorySection section, int indent)
    {
        ArgumentNullException.ThrowIfNull(section);
        var dash = new string(' ', indent);
        var inner = new string(' ', indent + 2);
        var text = new StringBuilder();
        text.Append(dash).Append("- id: ").Append(YamlScalar.Write(section.Id, FormFieldKind.Text)).Append('\n');
        text.Append(inner).Append("title: ").Append(YamlScalar.Write(section.Title, FormFieldKind.Text)).Append('\n');
        if (section.Place != StoryPlace.MyStory) text.Append(inner).Append("place: ").Append(Snake(section.Place.ToString())).Append('\n');
        if (section.HiddenFrom.Count > 0)
            text.Append(inner).Append("hidden_from: [").Append(string.Join(", ", section.HiddenFrom.Select(a => a.ToString().ToLowerInvariant()))).Append("]\n");
        text.Append(inner).Append("markdown: ").Append(YamlBlock.Literal(section.Markdown, inner + "  ")).Append('\n');
        return text.ToString();
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString()));

    private static readonly BlockListWords Words = new(
        "A part of the story is written on one line in braces; write it one field per line to edit it here.",
        "A part of the story is not written as id:, title: and markdown: lines; fix it in case.yaml first.",
        "A part of the story refers to another part of the file (an alias); write it out in full to edit it here.",
        "The story is written on one line in brackets; write it as a list to edit it here.",
        "story: in case.yaml is not a list of sections; fix it there first.");

    private static BlockList Locate(string yaml) => BlockList.Locate(yaml, "story", Words);
}
