using System.Text;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Editing;

/// <summary>
/// Writes the later-life letter into case.yaml's text: the whole later_life_letter mapping is written afresh (from,
/// written, read_at_age, then the letter as a literal block) where it was, or at the end of the file when there was
/// none; every other byte stays as it was. Comments inside the letter's own mapping are not kept.
/// </summary>
public static class LaterLifeLetterEdit
{
    private const string Key = "later_life_letter";

    public static EditResult Set(string yaml, LaterLifeLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return Set(yaml, letter.From, FormFields.Text(letter.Written), letter.ReadAtAge is { } age ? FormFields.Text(age) : "", letter.Markdown);
    }

    /// <summary>
    /// The letter's fields as a form holds them, written as typed (an empty one left out) so that the loader's own
    /// checks say what is wrong with them, exactly as `lifestory check` would of a hand-written case.yaml.
    /// </summary>
    public static EditResult Set(string yaml, string from, string written, string readAtAge, string markdown)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = YamlOutline.Of(yaml);
        if (root is { Kind: not YamlOutlineKind.Mapping } || root is { Flow: true })
            return EditResult.Refused("case.yaml is not a block mapping of sections, so the letter cannot be written into it. Open it in the YAML view and fix its layout first.");
        var block = Write(from, written, readAtAge, markdown);
        if (root?.Entry(Key) is not { } entry)
        {
            var ending = yaml.Length == 0 || yaml.EndsWith('\n') ? "" : "\n";
            return EditResult.Done(yaml + ending + "\n" + block);
        }
        if (YamlText.Column(yaml, entry.Key.Start) != 0)
            return EditResult.Refused("later_life_letter is indented in case.yaml, so it cannot be rewritten safely. Move it to the start of its line first.");
        var start = YamlText.LineStart(yaml, entry.Key.Start);
        var to = YamlText.LineEndAfter(yaml, entry.Value.Unwritten ? entry.Key.End : entry.Value.End);
        // A literal block ends past the blank lines after it; they separate the letter from what follows and stay.
        to = Math.Min(to, start + yaml[start..to].TrimEnd(' ', '\r', '\n').Length + 1);
        return EditResult.Done(YamlText.Replace(yaml, start, to, block));
    }

    /// <summary>The letter as block YAML at the start of the line, ending with a line break.</summary>
    private static string Write(string from, string written, string readAtAge, string markdown)
    {
        var text = new StringBuilder();
        text.Append(Key).Append(":\n");
        if (from.Length > 0) text.Append("  from: ").Append(YamlScalar.Write(from, FormFieldKind.Text)).Append('\n');
        if (written.Length > 0) text.Append("  written: ").Append(YamlScalar.Write(written, FormFieldKind.Date)).Append('\n');
        if (readAtAge.Length > 0) text.Append("  read_at_age: ").Append(YamlScalar.Write(readAtAge, FormFieldKind.WholeNumber)).Append('\n');
        if (markdown.Length > 0) text.Append("  markdown: ").Append(YamlBlock.Literal(markdown, "    ")).Append('\n');
        return text.ToString();
    }
}
