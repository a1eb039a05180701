namespace LifeStory.Cases.Editing;

/// <summary>Long writing (a story part, a letter) as case.yaml shows it best: a literal block a person can read.</summary>
internal static class YamlBlock
{
    /// <summary>
    /// Markdown as a literal block (|), which YAML reads back exactly when the text ends with one line break and its
    /// first line does not start with a space; anything else (and text with control characters) is double-quoted.
    /// </summary>
    public static string Literal(string markdown, string indent)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var literal = text.Length > 1 && text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal)
            && text[0] is not (' ' or '\n') && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
            && !text.Contains('\t', StringComparison.Ordinal);
        if (!literal) return YamlScalar.Write(markdown, FormFieldKind.Text);
        var lines = text[..^1].Split('\n').Select(line => line.Length == 0 ? "" : indent + line);
        return "|\n" + string.Join("\n", lines);
    }
}
