using System.Collections.Concurrent;
using System.Reflection;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Loading;

/// <summary>
/// The fields of one case record, read once by reflection from its primary constructor and cached:
/// the binder, the checker and the schema generator all walk the model through these shapes.
/// </summary>
internal sealed class RecordShape
{
    private static readonly ConcurrentDictionary<Type, RecordShape> Cache = new();

    private RecordShape(Type type, ConstructorInfo constructor, IReadOnlyList<FieldShape> fields)
    {
        Type = type;
        Constructor = constructor;
        Fields = fields;
        ByKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public ConstructorInfo Constructor { get; }

    /// <summary>In constructor order, which is also the order the schema and scaffold show them in.</summary>
    public IReadOnlyList<FieldShape> Fields { get; }

    public IReadOnlyDictionary<string, FieldShape> ByKey { get; }

    public static RecordShape For(Type type) => Cache.GetOrAdd(type, Build);

    /// <summary>Reads a field's current value back from a built record (records expose each parameter as a property).</summary>
    public object? Read(object record, FieldShape field) =>
        Type.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(record);

    private static RecordShape Build(Type type)
    {
        // A record also has a copy constructor; the primary one is the public constructor with the most parameters.
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        var nullability = new NullabilityInfoContext();
        var fields = constructor.GetParameters().Select(p => Field(p, nullability)).ToArray();
        return new RecordShape(type, constructor, fields);
    }

    private static FieldShape Field(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var underlying = System.Nullable.GetUnderlyingType(parameter.ParameterType);
        var nullable = underlying is not null ||
            (!parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.Nullable);
        var value = ValueShape.Of(underlying ?? parameter.ParameterType);
        var defaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : null;
        if (defaultValue is not null && value.Kind == ValueKind.Choice)
            defaultValue = Enum.ToObject(value.Type, defaultValue);
        // Lists are never required: leaving one out means "none", which is what a social worker expects.
        var required = !nullable && !parameter.HasDefaultValue && value.Kind != ValueKind.List;
        return new FieldShape(
            parameter.Name!,
            YamlNames.SnakeCase(parameter.Name!),
            value,
            required,
            nullable,
            defaultValue,
            parameter.GetCustomAttribute<DescribeAttribute>()?.Text);
    }
}
