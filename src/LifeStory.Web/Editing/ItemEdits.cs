using LifeStory.Cases.Editing;

namespace LifeStory.Web.Editing;

/// <summary>Turns what was typed into one list item's form into edits of case.yaml: only the changed fields, or a whole new item.</summary>
public static class ItemEdits
{
    public static EditResult Apply(string yaml, CaseList list, int index, IReadOnlyList<string> changed, IReadOnlyDictionary<string, string?> submitted)
    {
        foreach (var field in list.Fields.Where(f => changed.Contains(f.Key)))
        {
            var result = ListItemEdit.Set(yaml, list.Key, index, field.Key, ValueOf(field, submitted.GetValueOrDefault(field.Key)));
            if (result.Yaml is null) return result;
            yaml = result.Yaml;
        }
        return EditResult.Done(yaml);
    }

    public static EditResult Add(string yaml, CaseList list, IReadOnlyDictionary<string, string?> submitted) =>
        ListItems.Add(yaml, list.Key, list.Fields
            .Select(f => (f.Key, Value: ValueOf(f, submitted.GetValueOrDefault(f.Key))))
            .Where(f => f.Value is not null)
            .Select(f => new KeyValuePair<string, YamlValue>(f.Key, f.Value!)).ToList());

    /// <summary>Null for an empty answer, which leaves the field out of case.yaml.</summary>
    public static YamlValue? ValueOf(FormField field, string? typed)
    {
        var text = FieldEdits.Normal(typed);
        if (field.Kind is FormFieldKind.ChoiceList or FormFieldKind.TextList)
        {
            var items = ItemFormFields.Split(text);
            return items.Count == 0 ? null : YamlValue.List(items, field.Kind);
        }
        return text.Length == 0 ? null : YamlValue.Scalar(text, field.Kind);
    }
}
