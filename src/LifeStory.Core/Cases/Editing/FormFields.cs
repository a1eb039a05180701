using System.Globalization;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Editing;

/// <summary>
/// The form for a case record, read from the same shapes the loader binds and the schema describes: a field added
/// to the model appears in the form with its description, and the form can offer only what the loader accepts.
/// Only single values are offered here; lists and nested records have forms of their own.
/// </summary>
public static class FormFields
{
    public static IReadOnlyList<FormField> For(Type record) =>
        RecordShape.For(record).Fields.Select(Describe).OfType<FormField>().ToList();

    /// <summary>Each field's value in <paramref name="record"/>, written as case.yaml would hold it; "" when not set.</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(object record)
    {
        var shape = RecordShape.For(record.GetType());
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in shape.Fields)
            if (Describe(field) is not null) values[field.Key] = Text(shape.Read(record, field));
        return values;
    }

    /// <summary>A value as case.yaml spells it: dates as 2019-06-12, choices in snake_case, numbers without culture.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum choice => YamlNames.SnakeCase(choice.ToString()),
        bool truth => truth ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    internal static FormField? Describe(FieldShape field)
    {
        FormFieldKind? kind = field.Value.Kind switch
        {
            ValueKind.Text => FormFieldKind.Text,
            ValueKind.Date => FormFieldKind.Date,
            ValueKind.PartialDate => FormFieldKind.PartialDate,
            ValueKind.Choice => FormFieldKind.Choice,
            ValueKind.WholeNumber => FormFieldKind.WholeNumber,
            ValueKind.Number => FormFieldKind.Number,
            ValueKind.TrueFalse => FormFieldKind.TrueFalse,
            _ => null,
        };
        if (kind is not { } k) return null;
        var choices = k == FormFieldKind.Choice ? YamlNames.EnumValues(field.Value.Type) : [];
        return new FormField(field.Key, Label(field.Key), field.Description ?? "", k, choices, field.Required);
    }

    /// <summary>preferred_name → "Preferred name".</summary>
    private static string Label(string key)
    {
        var words = key.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
