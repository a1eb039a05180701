using System.Globalization;
using LifeStory.Wording;
using Scriban.Runtime;

namespace LifeStory.Templating;

/// <summary>Small helpers that turn case values into template values: escaped text, picture lines, joined names.</summary>
internal static class ScriptValues
{
    /// <summary>Case text, escaped so it prints literally; null stays null so templates can test for it.</summary>
    public static string? Text(string? value) => value is null ? null : MarkdownText.Escape(value.Trim());

    /// <summary>
    /// A relationship as the child wrote it ("my birth mum") without the "my", so each template can say
    /// "your birth mum" or "Maisie's birth mum" in its own voice.
    /// </summary>
    public static string? Relationship(string? value)
    {
        var text = value?.Trim();
        if (text is null) return null;
        return Text(text.StartsWith("my ", StringComparison.OrdinalIgnoreCase) ? text[3..] : text);
    }

    /// <summary>Text without its closing full stop (escaped or not), for quoting inside a sentence.</summary>
    public static string Bare(string? text)
    {
        var trimmed = (text ?? "").TrimEnd();
        while (trimmed.Length > 0 && trimmed[^1] is '.' or '\\') trimmed = trimmed[..^1].TrimEnd();
        return trimmed;
    }

    /// <summary>"Jo", "Jo and Sam", "Jo, Sam and Leo".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => JoinNames((", ", " and "), names);

    /// <summary>The same, with the language's own comma and "and" (from its catalogue, spaces included).</summary>
    public static string JoinNames((string Comma, string And) words, IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(words.Comma, names.Take(names.Count - 1)) + words.And + names[^1],
    };

    /// <summary>A Markdown picture line; the caption becomes the printed caption. The path is the case's own file name.</summary>
    public static string Picture(string file, string? caption, string attributes = "")
    {
        // The caption arrives escaped (every quote already "\""), so it goes into the title as it is. A picture line
        // is one line: a line break (even a blank line) is a space, and characters no page can show are left out.
        caption = caption is null ? null : OneLine(caption);
        var title = caption is null ? "" : " \"" + caption + "\"";
        return $"![{caption ?? ""}](<{file.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal)}>{title}){attributes}";
    }

    private static string OneLine(string caption)
    {
        var line = new System.Text.StringBuilder(caption.Length);
        foreach (var c in caption)
        {
            if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029') { if (line.Length > 0 && line[^1] != ' ') line.Append(' '); }
            else if (!char.IsControl(c)) line.Append(c);
        }
        return line.ToString().Trim();
    }

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    public static string Snake(Enum value)
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, ScriptObject> map)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(map(item));
        return array;
    }
}
