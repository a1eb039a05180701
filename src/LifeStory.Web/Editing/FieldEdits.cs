using LifeStory.Cases.Editing;

namespace LifeStory.Web.Editing;

/// <summary>
/// Turns what was typed into edits of case.yaml: only the fields the person changed (compared with what the form
/// first showed them), so two people editing different fields of the same child both keep their changes.
/// </summary>
public static class FieldEdits
{
    /// <summary>The paths whose submitted value differs from the value the form was opened with.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string?> submitted, IReadOnlyDictionary<string, string?> original) =>
        submitted.Where(s => Normal(s.Value) != Normal(original.GetValueOrDefault(s.Key))).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>Applies each changed field in turn; the first edit that cannot be made stops with its reason.</summary>
    public static EditResult Apply(string yaml, IEnumerable<FormSection> sections, IReadOnlyList<string> changed, IReadOnlyDictionary<string, string?> submitted)
    {
        foreach (var section in sections)
            foreach (var field in section.Fields)
            {
                var path = section.PathOf(field);
                if (!changed.Contains(path)) continue;
                var value = Normal(submitted.GetValueOrDefault(path));
                var written = value.Length == 0 ? null
                    : field.Kind == FormFieldKind.ChoiceList ? "[" + string.Join(", ", ItemFormFields.Split(value).Select(v => YamlScalar.Write(v, FormFieldKind.Choice, inFlow: true))) + "]"
                    : YamlScalar.Write(value, field.Kind);
                var result = CaseYamlEdit.Set(yaml, section.Key, field.Key, written);
                if (result.Yaml is null) return result;
                yaml = result.Yaml;
            }
        return EditResult.Done(yaml);
    }

    /// <summary>Browsers send "\r\n" for a new line and may add spaces at the ends; neither is the person's meaning.</summary>
    public static string Normal(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
