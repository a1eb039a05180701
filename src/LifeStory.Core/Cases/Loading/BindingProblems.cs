using LifeStory.Checking;
using YamlDotNet.RepresentationModel;

namespace LifeStory.Cases.Loading;

/// <summary>
/// Words the binder's findings in plain English. Each returns what the binder needs next (false, or the
/// likely intended key), so a report and its effect on binding are one statement at the call site.
/// </summary>
internal sealed class BindingProblems(SourceMap map, List<Finding> findings)
{
    public bool WrongType(YamlNode node, string path, string message, string fix)
    {
        findings.Add(new Finding(Severity.Error, "wrong-type", YamlBinder.Locate(node), path, message, fix));
        return false;
    }

    /// <returns>The field the key was probably meant to be, if any.</returns>
    public string? UnknownKey(YamlNode keyNode, RecordShape shape, string path, string name)
    {
        var fieldPath = YamlNames.Child(path, name);
        map.Add(fieldPath, YamlBinder.Locate(keyNode));
        var keys = shape.Fields.Select(f => f.Key).ToArray();
        var closest = Spelling.Closest(name, keys);
        var fix = closest is null ? "The fields it can have are: " + string.Join(", ", keys) + "." : $"Did you mean '{closest}'?";
        findings.Add(new Finding(Severity.Error, "unknown-key", YamlBinder.Locate(keyNode), fieldPath,
            $"'{name}' is not a field of {YamlNames.Display(path)}.", fix));
        return closest;
    }

    public bool MissingField(YamlNode node, string path, FieldShape field)
    {
        var owner = path.Length == 0 ? "The case" : path;
        var where = path.Length == 0 ? "at the top level of case.yaml" : $"under {path}";
        var fix = field.Value.Example is { } example
            ? $"Add {field.Key}: {example} {where}."
            : field.Value.Kind == ValueKind.Record
                ? $"Add {field.Key}: {where}, with its fields on the lines below it."
                : $"Add {field.Key}: {where}." + (field.Description is null ? "" : " " + field.Description);
        findings.Add(new Finding(Severity.Error, "missing-field", YamlBinder.Locate(node), YamlNames.Child(path, field.Key),
            $"{owner} is missing {field.Key}.", fix));
        return false;
    }
}
