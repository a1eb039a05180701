using System.Collections;
using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>
/// Text that has to be written (a name, a title, a decision) is not blank. Walks the whole case through
/// the same record shapes the loader uses, so a new required field is checked without changing this.
/// </summary>
internal static class TextChecks
{
    public static void Run(CheckContext context) => Walk(context, context.Case, "");

    private static void Walk(CheckContext context, object record, string path)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var field in shape.Fields)
        {
            var value = shape.Read(record, field);
            var fieldPath = YamlNames.Child(path, field.Key);
            switch (field.Value.Kind)
            {
                case ValueKind.Text when field.Required && string.IsNullOrWhiteSpace((string?)value):
                    context.Error("empty-text", fieldPath, $"{field.Key} is empty.",
                        $"Write it after '{field.Key}: '." + (field.Description is null ? "" : " " + field.Description));
                    break;
                // An optional private text left blank (child_said: "  ") means nothing was written, as a blank optional field does.
                case ValueKind.PrivateText when !field.Required && value is Cases.Model.PrivateText { Text: var text } && string.IsNullOrWhiteSpace(text):
                    break;
                case ValueKind.Record or ValueKind.PrivateText when value is not null:
                    Walk(context, value, fieldPath);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Record && value is IList items:
                    for (var i = 0; i < items.Count; i++) Walk(context, items[i]!, YamlNames.Item(fieldPath, i));
                    break;
            }
        }
    }
}
