using System.Text;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Editing;

/// <summary>
/// The case.yaml of a child started in a form rather than from a folder: just the details every case must have
/// (the model's required fields of <see cref="Child"/>, in its order), so everything else is added by the edit forms
/// and nothing made up ever reaches a real child's record (unlike `lifestory new`'s example to overwrite).
/// </summary>
public static class FirstVersion
{
    public static IReadOnlyList<FormField> Fields { get; } = FormFields.For(typeof(Child)).Where(f => f.Required).ToList();

    /// <param name="values">The form's answers by case.yaml key ("preferred_name"); blanks are left out, so the checks name them.</param>
    public static string Yaml(IReadOnlyDictionary<string, string?> values)
    {
        var yaml = new StringBuilder("child:\n");
        foreach (var field in Fields)
            if (values.GetValueOrDefault(field.Key)?.Trim() is { Length: > 0 } value)
                yaml.Append("  ").Append(field.Key).Append(": ").Append(YamlScalar.Write(value, field.Kind)).Append('\n');
        return yaml.ToString();
    }
}
