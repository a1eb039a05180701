using LifeStory.Cases.Model;
using LifeStory.Checking;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Cases.Loading;

/// <summary>
/// Builds case records from YAML nodes through their primary constructors, recording where every value
/// was written. It never stops at the first problem: a social worker fixing a file wants the whole list.
/// A value that cannot be read fails only itself and its parents, so one typo gives one error.
/// </summary>
internal sealed class YamlBinder(SourceMap map, List<Finding> findings)
{
    public const string FileName = "case.yaml";

    private readonly BindingProblems _problems = new(map, findings);

    public static SourceLocation Locate(YamlNode node) => new(FileName, (int)node.Start.Line, (int)node.Start.Column);

    public bool TryBind(YamlNode node, ValueShape shape, string path, string key, out object? value)
    {
        map.Add(path, Locate(node));
        value = null;
        switch (shape.Kind)
        {
            case ValueKind.Record:
                return TryBindRecord(node, shape.Type, path, key, out value);
            case ValueKind.List:
                return TryBindList(node, shape, path, key, out value);
            case ValueKind.PrivateText when node is YamlMappingNode:
                return TryBindRecord(node, typeof(PrivateText), path, key, out value);
            case ValueKind.PrivateText when node is YamlScalarNode text:
                value = new PrivateText(text.Value ?? "", []);
                return true;
        }

        if (node is not YamlScalarNode scalar)
        {
            var what = node is YamlSequenceNode ? "a list" : "a set of fields";
            var fix = shape.Kind == ValueKind.PrivateText
                ? "Write the words after it, or give text: and hidden_from: below it."
                : $"Write one value after '{key}: '.";
            return _problems.WrongType(node, path, $"Expected a single value here, not {what}.", fix);
        }
        if (ScalarReader.TryRead(scalar.Value ?? "", shape, key, out value, out var problem, out var readFix)) return true;
        return _problems.WrongType(node, path, problem, readFix);
    }

    private bool TryBindRecord(YamlNode node, Type type, string path, string key, out object? value)
    {
        value = null;
        var shape = RecordShape.For(type);
        if (node is not YamlMappingNode mapping)
        {
            var what = node is YamlScalarNode s ? $"'{s.Value}'" : "a list";
            return _problems.WrongType(node, path, $"Expected a set of fields here, such as {shape.Fields[0].Key}:, not {what}.",
                $"Write the fields of {key} on the lines below it, indented by two spaces.");
        }

        var arguments = new object?[shape.Fields.Count];
        var written = new bool[shape.Fields.Count];
        // A misspelt key already says "did you mean X?"; also saying "X is missing" would double one slip.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                ok = _problems.WrongType(keyNode, path, "A field name must be a plain word.", "Write the name, then ': ', then the value.");
                continue;
            }
            var fieldPath = YamlNames.Child(path, name);
            if (!shape.ByKey.TryGetValue(name, out var field))
            {
                if (_problems.UnknownKey(keyNode, shape, path, name) is { } closest) suggested.Add(closest);
                ok = false;
                continue;
            }
            var index = IndexOf(shape, field);
            written[index] = true;
            if (IsNull(valueNode))
            {
                map.Add(fieldPath, Locate(keyNode));
                if (field.Required) ok = _problems.MissingField(keyNode, path, field);
                else arguments[index] = DefaultOf(field);
            }
            else if (TryBind(valueNode, field.Value, fieldPath, name, out var fieldValue))
            {
                arguments[index] = fieldValue;
            }
            else
            {
                ok = false;
            }
        }

        for (var i = 0; i < shape.Fields.Count; i++)
        {
            if (written[i]) continue;
            if (!shape.Fields[i].Required) arguments[i] = DefaultOf(shape.Fields[i]);
            else if (!suggested.Contains(shape.Fields[i].Key)) ok = _problems.MissingField(node, path, shape.Fields[i]);
        }

        if (!ok) return false;
        value = shape.Constructor.Invoke(arguments);
        return true;
    }

    private bool TryBindList(YamlNode node, ValueShape shape, string path, string key, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode sequence)
            return _problems.WrongType(node, path, "Expected a list here.", "Write each item on its own line, starting with '- '.");

        var items = Array.CreateInstance(shape.Item!.Type, sequence.Children.Count);
        var ok = true;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var itemPath = YamlNames.Item(path, i);
            if (IsNull(item))
            {
                map.Add(itemPath, Locate(item));
                ok = _problems.WrongType(item, itemPath, "This item is empty.", "Write the item after the '- ', or remove the line.");
            }
            // Records are named by their place ("people[2]"); single values by the list they are in ("hidden_from").
            else if (TryBind(item, shape.Item, itemPath, shape.Item.Kind == ValueKind.Record ? itemPath : key, out var itemValue))
            {
                items.SetValue(itemValue, i);
            }
            else
            {
                ok = false;
            }
        }
        if (ok) value = items;
        return ok;
    }

    /// <summary>A plain empty value, "~" or "null": YAML's ways of writing nothing.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static object? DefaultOf(FieldShape field) =>
        field.Value.Kind == ValueKind.List && !field.Nullable ? Array.CreateInstance(field.Value.Item!.Type, 0) : field.Default;

    private static int IndexOf(RecordShape shape, FieldShape field)
    {
        for (var i = 0; ; i++)
            if (ReferenceEquals(shape.Fields[i], field)) return i;
    }
}
