using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Editing;

/// <summary>
/// The form for one item of a case list (a person, a home, a timeline event), read from the model as
/// <see cref="FormFields"/> is: single values as they are, lists of single values (readers, ids) as several
/// choices, and a record inside the item (shown_as, an address with its readers) as fields with dotted keys.
/// </summary>
public static class ItemFormFields
{
    public static IReadOnlyList<FormField> For(Type item) =>
        RecordShape.For(item).Fields.SelectMany(f => Describe(f, "", f.Required)).ToList();

    /// <summary>Each field's value in <paramref name="item"/> as case.yaml holds it; a list's values joined by ", ".</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(object item)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Read(item, "", values);
        return values;
    }

    /// <summary>"child, parents" → [child, parents]; the form keeps a list as one line of words.</summary>
    public static IReadOnlyList<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Read(object record, string prefix, Dictionary<string, string> values)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var field in shape.Fields)
        {
            var value = shape.Read(record, field);
            var key = prefix + field.Key;
            switch (field.Value.Kind)
            {
                case ValueKind.Record or ValueKind.PrivateText:
                    if (value is not null) Read(value, key + ".", values);
                    break;
                case ValueKind.List:
                    var items = value is System.Collections.IEnumerable list ? list.Cast<object>().Select(FormFields.Text) : [];
                    values[key] = string.Join(", ", items);
                    break;
                default:
                    values[key] = FormFields.Text(value);
                    break;
            }
        }
    }

    private static IEnumerable<FormField> Describe(FieldShape field, string prefix, bool required)
    {
        var key = prefix + field.Key;
        var help = field.Description ?? "";
        switch (field.Value.Kind)
        {
            case ValueKind.Record or ValueKind.PrivateText:
                // The inner record's fields are required only when the record is written at all: the form leaves that to the checks.
                return RecordShape.For(field.Value.Type).Fields.SelectMany(inner => Describe(inner, key + ".", false));
            case ValueKind.List when field.Value.Item is { Kind: ValueKind.Choice } item:
                return [new FormField(key, Label(key), help, FormFieldKind.ChoiceList, YamlNames.EnumValues(item.Type), false)];
            case ValueKind.List when field.Value.Item is { Kind: ValueKind.Text }:
                return [new FormField(key, Label(key), help, FormFieldKind.TextList, [], false)];
            case ValueKind.List or ValueKind.Record:
                return [];
            default:
                return FormFields.Describe(field) is { } single ? [single with { Key = key, Label = Label(key), Required = required }] : [];
        }
    }

    /// <summary>shown_as.parents → "Shown as: parents".</summary>
    private static string Label(string key)
    {
        var words = key.Replace('_', ' ').Replace(".", ": ", StringComparison.Ordinal);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
