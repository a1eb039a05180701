namespace LifeStory.Cases.Editing;

/// <summary>
/// A value to write into case.yaml: one scalar, or a list of scalars written in brackets (<c>[child, parents]</c>).
/// Kept unwritten until the editor knows where it goes, because inside braces or brackets a comma needs quotes.
/// </summary>
public sealed record YamlValue(IReadOnlyList<string> Texts, FormFieldKind Kind, bool IsList)
{
    public static YamlValue Scalar(string text, FormFieldKind kind) => new([text], kind, false);

    public static YamlValue List(IReadOnlyList<string> items, FormFieldKind kind) => new(items, kind, true);

    internal string Write(bool inFlow) => IsList
        ? "[" + string.Join(", ", Texts.Select(t => YamlScalar.Write(t, Kind, inFlow: true))) + "]"
        : YamlScalar.Write(Texts[0], Kind, inFlow);
}
