using System.Collections;
using LifeStory.Cases.Loading;

namespace LifeStory.Checking;

/// <summary>
/// Every piece of text a case says to its readers, with its field path: each text field and each line of a list
/// of sentences, in every record and list item. Ids, file names and references say nothing and are passed over.
/// </summary>
internal static class CaseText
{
    /// <summary>Fields that name something else (an id, a file) rather than say anything to the child.</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal) {
        "id", "file", "photo", "cover_photo", "person", "who", "iro", "people", "photos", "who_is_worried", "hidden_from",
        "drawing", "from", "chair", "personal_adviser",
    };

    public static void Walk(object record, string path, Action<string, string> visit)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var field in shape.Fields)
        {
            var value = shape.Read(record, field);
            var fieldPath = YamlNames.Child(path, field.Key);
            switch (field.Value.Kind)
            {
                case ValueKind.Text when value is string text && !NotWords.Contains(field.Key):
                    visit(text, fieldPath);
                    break;
                // Lists of sentences, such as going_well; lists of ids (people: [jo, sam]) are not words.
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Text && value is IList lines && !NotWords.Contains(field.Key):
                    for (var i = 0; i < lines.Count; i++)
                        if (lines[i] is string line) visit(line, YamlNames.Item(fieldPath, i));
                    break;
                // Private text is written as plain text or { text, hidden_from }: either way its words are the field's own.
                case ValueKind.PrivateText when value is Cases.Model.PrivateText text:
                    visit(text.Text, fieldPath);
                    break;
                case ValueKind.Record when value is not null:
                    Walk(value, fieldPath, visit);
                    break;
                case ValueKind.List when field.Value.Item!.Kind == ValueKind.Record && value is IList items:
                    for (var i = 0; i < items.Count; i++) Walk(items[i]!, YamlNames.Item(fieldPath, i), visit);
                    break;
            }
        }
    }
}
