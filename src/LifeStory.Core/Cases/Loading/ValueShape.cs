using LifeStory.Cases.Model;

namespace LifeStory.Cases.Loading;

/// <summary>What one value in case.yaml must look like: its kind, its C# type and, for lists, its items.</summary>
internal sealed record ValueShape(ValueKind Kind, Type Type, ValueShape? Item = null)
{
    /// <summary>Works out the shape of a (non-nullable) C# type used in the case model.</summary>
    public static ValueShape Of(Type type)
    {
        if (type == typeof(string)) return new(ValueKind.Text, type);
        if (type == typeof(int)) return new(ValueKind.WholeNumber, type);
        if (type == typeof(double)) return new(ValueKind.Number, type);
        if (type == typeof(bool)) return new(ValueKind.TrueFalse, type);
        if (type == typeof(DateOnly)) return new(ValueKind.Date, type);
        if (type == typeof(PartialDate)) return new(ValueKind.PartialDate, type);
        if (type == typeof(PrivateText)) return new(ValueKind.PrivateText, type);
        if (type.IsEnum) return new(ValueKind.Choice, type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return new(ValueKind.List, type, Of(type.GetGenericArguments()[0]));
        if (type.IsClass && type.Namespace == typeof(Case).Namespace) return new(ValueKind.Record, type);
        throw new NotSupportedException($"The case model uses {type}, which the case loader cannot read.");
    }

    /// <summary>A value a social worker could type, used in "Add …" fixes; null when there is no sensible one.</summary>
    public string? Example => Kind switch
    {
        ValueKind.WholeNumber => "5",
        ValueKind.Number => "0.5",
        ValueKind.TrueFalse => "true",
        ValueKind.Date => "2019-06-12",
        ValueKind.PartialDate => "2019-06",
        ValueKind.Choice => YamlNames.EnumValues(Type)[0],
        _ => null,
    };
}
