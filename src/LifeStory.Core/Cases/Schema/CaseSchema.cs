using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;

namespace LifeStory.Cases.Schema;

/// <summary>
/// The JSON Schema for case.yaml, generated from the case model so it cannot drift from what the loader
/// accepts. Editors such as VS Code use it to complete field names and show each field's help on hover.
/// </summary>
public static class CaseSchema
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>"2019", "2019-06", "2019-06-12", each optionally after "about " — what <see cref="PartialDate.TryParse"/> reads.</summary>
    internal const string PartialDatePattern = "^(about )?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The file is read by people and editors, not embedded in HTML: keep "…" and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as pretty-printed JSON with LF line endings and a final newline; the same text every time.</summary>
    public static string Generate()
    {
        var definitions = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "LifeStory case.yaml",
            ["description"] = "Everything we know about one child: their people, homes, schools, photos, words, story and review meetings.",
        };
        foreach (var (key, value) in RecordSchema(typeof(Case), definitions)) root[key] = value?.DeepClone();

        var defs = new JsonObject();
        foreach (var (name, definition) in definitions) defs[name] = definition;
        root["$defs"] = defs;
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject RecordSchema(Type type, SortedDictionary<string, JsonObject> definitions)
    {
        var shape = RecordShape.For(type);
        var schema = new JsonObject { ["type"] = "object" };
        if (type.GetCustomAttribute<DescribeAttribute>() is { } describe) schema["description"] = describe.Text;
        var properties = new JsonObject();
        foreach (var field in shape.Fields)
        {
            var property = ValueSchema(field.Value, definitions);
            if (field.Description is not null) property["description"] = field.Description;
            if (field.Default is { } value)
            {
                property["default"] = value switch
                {
                    bool b => b,
                    Enum e => YamlNames.SnakeCase(e.ToString()),
                    _ => JsonValue.Create(value.ToString()),
                };
            }
            properties[field.Key] = property;
        }
        schema["properties"] = properties;
        var required = shape.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject ValueSchema(ValueShape shape, SortedDictionary<string, JsonObject> definitions) => shape.Kind switch
    {
        ValueKind.Text => new JsonObject { ["type"] = "string" },
        ValueKind.WholeNumber => new JsonObject { ["type"] = "integer" },
        ValueKind.Number => new JsonObject { ["type"] = "number" },
        ValueKind.TrueFalse => new JsonObject { ["type"] = "boolean" },
        ValueKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date" },
        ValueKind.List => new JsonObject { ["type"] = "array", ["items"] = ValueSchema(shape.Item!, definitions) },
        _ => Reference(shape, definitions),
    };

    /// <summary>Records, choices, partial dates and private text are defined once under $defs and referred to.</summary>
    private static JsonObject Reference(ValueShape shape, SortedDictionary<string, JsonObject> definitions)
    {
        var name = shape.Type.Name;
        if (!definitions.ContainsKey(name))
        {
            // Claim the name before building, so a record that refers to itself cannot recurse forever.
            definitions[name] = [];
            definitions[name] = shape.Kind switch
            {
                ValueKind.Choice => ChoiceSchema(shape.Type),
                ValueKind.PartialDate => PartialDateSchema(),
                ValueKind.PrivateText => new JsonObject
                {
                    ["description"] = "Either the words alone, or text: with hidden_from: to keep them from some readers.",
                    ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, RecordSchema(typeof(PrivateText), definitions)),
                },
                _ => RecordSchema(shape.Type, definitions),
            };
        }
        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private static JsonObject ChoiceSchema(Type enumType)
    {
        var values = YamlNames.EnumValues(enumType);
        var lines = Enum.GetNames(enumType).Select((member, i) =>
            $"{values[i]}: {enumType.GetField(member)!.GetCustomAttribute<DescribeAttribute>()?.Text}".TrimEnd(' ', ':'));
        return new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()),
            ["description"] = string.Join("\n", lines),
        };
    }

    /// <summary>
    /// A partial date is text, but YAML reads an unquoted year such as 2019 as a number, so a bare year is
    /// allowed as an integer too; otherwise an editor would underline a value the loader accepts.
    /// </summary>
    private static JsonObject PartialDateSchema() => new()
    {
        ["description"] = "A date as precisely as anyone knows it: 2019, 2019-06 or 2019-06-12, with \"about \" in front if nobody is sure.",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = PartialDatePattern },
            new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 9999 }),
    };
}
