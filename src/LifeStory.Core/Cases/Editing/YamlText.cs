namespace LifeStory.Cases.Editing;

/// <summary>Line arithmetic on case.yaml's text: edits add and take out whole lines, so layout stays as it was.</summary>
internal static class YamlText
{
    public static int LineStart(string yaml, int index) => index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;

    /// <summary>Where the line holding <paramref name="index"/> ends, past its newline (or the end of the text).</summary>
    public static int LineEndAfter(string yaml, int index)
    {
        if (index > 0 && yaml[index - 1] == '\n') return index;
        var newline = yaml.IndexOf('\n', index);
        return newline < 0 ? yaml.Length : newline + 1;
    }

    public static int Column(string yaml, int index) => index - LineStart(yaml, index);

    /// <summary>Puts whole lines in at <paramref name="at"/> (a line's start), ending the last line first if it has no newline.</summary>
    public static string InsertLines(string yaml, int at, string lines)
    {
        var before = at == yaml.Length && yaml.Length > 0 && !yaml.EndsWith('\n') ? "\n" : "";
        return string.Concat(yaml.AsSpan(0, at), before, lines, yaml.AsSpan(at));
    }

    /// <summary>Takes out whole lines; a last line with no newline takes the newline before it too.</summary>
    public static string RemoveLines(string yaml, int from, int to)
    {
        if (to == yaml.Length && from > 0 && !yaml.EndsWith('\n')) from--;
        return Replace(yaml, from, to, "");
    }

    public static string Replace(string yaml, int from, int to, string text) =>
        string.Concat(yaml.AsSpan(0, from), text, yaml.AsSpan(to));
}
